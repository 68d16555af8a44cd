// Installs dependencies when they are missing or older than package-lock.json, and generates the
// Prisma client when it is missing or older than the schema. Only the npm registry is contacted.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { root, runStep } from "./run.mjs";

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

export function ensureInstall() {
  const marker = path.join(root, "node_modules/.package-lock.json");
  if (!existsSync(marker) || mtime(path.join(root, "package-lock.json")) > mtime(marker)) {
    runStep("Installing dependencies (npm ci)", "npm", ["ci", "--no-audit", "--no-fund"]);
  }
  const client = path.join(root, "packages/db/src/generated/prisma/client.ts");
  if (!existsSync(client) || mtime(path.join(root, "prisma/schema.prisma")) > mtime(client)) {
    runStep("Generating the database client", process.execPath, [path.join(root, "scripts/db-generate.mjs")]);
  }
}
