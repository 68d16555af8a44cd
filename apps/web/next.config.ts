import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source, so Next compiles them with the app.
  transpilePackages: ["@centrala/db", "@centrala/flow", "@centrala/engine", "@centrala/jambonz-sim", "@centrala/jambonz-api", "@centrala/jobs", "@centrala/mail", "@centrala/media"],
  // Native or driver packages that must be required at runtime, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@prisma/client", "@aws-sdk/client-s3", "file-type", "pg-boss", "nodemailer"],
  // The monorepo root, so Turbopack resolves hoisted node_modules and traces files correctly.
  turbopack: { root: path.join(import.meta.dirname, "../..") },
  outputFileTracingRoot: path.join(import.meta.dirname, "../.."),
  poweredByHeader: false,
  // forbidden() in requirePermission: pages and actions a role may not use answer 403 with app/forbidden.tsx.
  experimental: { authInterrupts: true },
};

// next-intl reads each request's language, messages and formats from src/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

export default withNextIntl(nextConfig);
