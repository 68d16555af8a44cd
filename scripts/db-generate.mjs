// Generates the Prisma client offline: the CLI insists on a schema-engine binary path before it
// starts, although generate never runs it, so point it at an empty committed file.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const result = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate"], {
  cwd: root,
  stdio: process.env.CENTRALA_QUIET ? "pipe" : "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "prisma/.no-schema-engine"),
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
if (result.status !== 0) {
  if (result.stderr) process.stderr.write(result.stderr);
  console.error("Could not generate the database client (prisma generate failed).");
  process.exit(result.status ?? 1);
}
