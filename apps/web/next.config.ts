import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { JSON_BODY_LIMITS } from "./src/features/api/jsonBodyLimits";
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./src/features/security/securityHeaders";

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source, so Next compiles them with the app.
  transpilePackages: ["@centrala/db", "@centrala/flow", "@centrala/engine", "@centrala/jambonz-sim", "@centrala/jambonz-api", "@centrala/jobs", "@centrala/mail", "@centrala/media"],
  // Native or driver packages that must be required at runtime, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@prisma/client", "@aws-sdk/client-s3", "file-type", "pg-boss", "nodemailer"],
  // The monorepo root, so Turbopack resolves hoisted node_modules and traces files correctly.
  turbopack: { root: path.join(import.meta.dirname, "../..") },
  outputFileTracingRoot: path.join(import.meta.dirname, "../.."),
  poweredByHeader: false,
  // `npm test` type-checks every package before it builds, so its build does not check again.
  typescript: { ignoreBuildErrors: process.env.CENTRALA_BUILD_SKIP_TYPECHECK === "1" },
  // Pages get their Content-Security-Policy (with a nonce) from the proxy; these go on everything.
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // The audio routes are opened as documents by the browser's own player: no 'none' policy there.
      { source: "/api/:path((?!prompt-audio/|recording-audio/).*)", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
  experimental: {
    // The proxy sees a copy of each request body up to this size. JSON API bodies are refused above
    // it anyway (413), so it bounds what a request can make the server hold.
    proxyClientMaxBodySize: JSON_BODY_LIMITS.maxBytes,
    // forbidden() in requirePermission: pages and actions a role may not use answer 403 with app/forbidden.tsx.
    authInterrupts: true,
    // Turbopack keeps a cache on disk for the next build; `npm test` builds a fresh clone once, so
    // writing that cache (tens of seconds on two cores) buys nothing there.
    turbopackFileSystemCacheForBuild: process.env.CENTRALA_BUILD_NO_CACHE !== "1",
  },
};

// next-intl reads each request's language, messages and formats from src/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

export default withNextIntl(nextConfig);
