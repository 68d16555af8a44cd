// `npm start`: everything a newcomer needs in one command. Installs what is missing, runs an
// embedded PostgreSQL unless DATABASE_URL is set, migrates, seeds the demo tenant, builds and
// starts the web app and the voice runtime, and prints where to sign in. Ctrl-C stops it all.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { RUNTIME_NODE_FLAGS } from "../apps/runtime/nodeFlags.mjs";
import { ensureInstall } from "./lib/ensureInstall.mjs";
import { bin, root, runStep, waitForHttp } from "./lib/run.mjs";
import { superviseService } from "./lib/supervise.mjs";

const WEB_PORT = Number(process.env.PORT ?? 3000);
const RUNTIME_PORT = Number(process.env.RUNTIME_PORT ?? 3200);
const dataDir = path.join(root, ".data");

/** A secret from the environment, or one generated once and kept in .data/ across restarts. */
function readOrCreateSecret(name) {
  if (process.env[name]) return process.env[name];
  const file = path.join(dataDir, "secrets", name.toLowerCase());
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(24).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const services = [];
let embedded = null;
let stopping = false;

// Ctrl-C stops the services in order: the voice runtime first (it hands its calls over and writes
// its call records, which needs the database), then the web app, then the embedded database.
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping Centrala…");
  for (const name of ["runtime", "web"]) await services.find((s) => s.name === name)?.stop();
  if (embedded) await embedded.stop();
  console.log("Stopped.");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function main() {
  ensureInstall();
  const { startEmbeddedPostgres, ensureDatabase } = await import("./lib/database.mjs");
  const { default: DEMO } = await import("../prisma/demo.json", { with: { type: "json" } });

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log("\n▶ Starting the embedded PostgreSQL (data in .data/postgres)");
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), persistent: true, preferredPort: 54329 });
    databaseUrl = await ensureDatabase(embedded.adminUrl, "centrala");
    console.log(`✔ PostgreSQL ready${embedded.fresh ? " (new data folder)" : ""}`);
  } else {
    console.log("\nUsing the database in DATABASE_URL");
  }
  const env = {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: readOrCreateSecret("AUTH_SECRET"),
    JAMBONZ_WS_PASSWORD: readOrCreateSecret("JAMBONZ_WS_PASSWORD"),
    RUNTIME_SECRET: readOrCreateSecret("RUNTIME_SECRET"),
    PROMPT_BASE_URL: `http://127.0.0.1:${WEB_PORT}/api/prompt-audio`,
    RECORDINGS_DIR: path.join(dataDir, "recordings"),
    AUTH_TRUST_HOST: "true",
    AUTH_URL: `http://localhost:${WEB_PORT}`,
    RUNTIME_URL: `http://127.0.0.1:${RUNTIME_PORT}`,
    TEST_CALL_WS_URL: `ws://localhost:${RUNTIME_PORT}/jambonz`,
    RUNTIME_PORT: String(RUNTIME_PORT),
    NEXT_TELEMETRY_DISABLED: "1",
    TURBO_TELEMETRY_DISABLED: "1",
  };
  runStep("Applying database migrations", bin("tsx"), ["packages/db/scripts/migrate.ts", "deploy"], { env });
  runStep("Seeding the demo tenant", bin("tsx"), ["prisma/seed.ts"], { env });
  runStep("Building the web app (cached after the first time)", bin("turbo"), ["run", "build", "--filter=@centrala/web", "--output-logs=errors-only"], { env });

  // Supervised: a service that crashes is started again at once; the other keeps running.
  services.push(superviseService("runtime", process.execPath, [...RUNTIME_NODE_FLAGS, "--import", "tsx", "apps/runtime/src/main.ts"], { env }, { graceMs: 20_000 }));
  services.push(superviseService("web", bin("next"), ["start", "-p", String(WEB_PORT)], { cwd: path.join(root, "apps/web"), env }));
  await Promise.all([waitForHttp(`http://127.0.0.1:${RUNTIME_PORT}/healthz`), waitForHttp(`http://127.0.0.1:${WEB_PORT}/login`, 120_000)]);

  console.log(`
┌──────────────────────────────────────────────────────────────┐
  Centrala is running

  Open:      http://localhost:${WEB_PORT}
  Sign in:   ${DEMO.email}
  Password:  ${DEMO.password}

  Demo number ${DEMO.number} — try:  npm run call -- ${DEMO.number} --press 2
  Voice runtime: ${env.RUNTIME_URL}   (Ctrl-C stops everything)
└──────────────────────────────────────────────────────────────┘`);
}

main().catch((err) => {
  console.error(`\nCentrala could not start: ${err.message}`);
  void shutdown(err.exitCode ?? 1);
});
