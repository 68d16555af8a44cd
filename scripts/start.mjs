// `npm start`: everything a newcomer needs in one command. Installs what is missing, runs an
// embedded PostgreSQL unless DATABASE_URL is set, migrates, seeds the demo tenant, builds and
// starts the web app and the voice runtime, and prints where to sign in. Ctrl-C stops it all.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { RUNTIME_NODE_FLAGS } from "../apps/runtime/nodeFlags.mjs";
import { ensureInstall } from "./lib/ensureInstall.mjs";
import { ensureFfmpeg } from "./lib/ensureFfmpeg.mjs";
import { bin, root, runStep, waitForHttp } from "./lib/run.mjs";
import { superviseService } from "./lib/supervise.mjs";

const WEB_PORT = Number(process.env.PORT ?? 3000);
const RUNTIME_PORT = Number(process.env.RUNTIME_PORT ?? 3200);
const JAMBONZ_SIM_PORT = Number(process.env.JAMBONZ_SIM_PORT ?? 3300);
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
// its call records, which needs the database), then the worker, the web app and the simulated
// jambonz, then the embedded database.
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping Centrala…");
  for (const name of ["runtime", "worker", "web", "jambonz"]) await services.find((s) => s.name === name)?.stop();
  if (embedded) await embedded.stop();
  console.log("Stopped.");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function main() {
  ensureInstall();
  ensureFfmpeg();
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
    MEDIA_SECRET: readOrCreateSecret("MEDIA_SECRET"),
    MEDIA_DIR: path.join(dataDir, "media"),
    AUTH_TRUST_HOST: "true",
    AUTH_URL: `http://localhost:${WEB_PORT}`,
    RUNTIME_URL: `http://127.0.0.1:${RUNTIME_PORT}`,
    TEST_CALL_WS_URL: `ws://localhost:${RUNTIME_PORT}/jambonz`,
    RUNTIME_PORT: String(RUNTIME_PORT),
    PUBLIC_WEB_URL: process.env.PUBLIC_WEB_URL ?? `http://localhost:${WEB_PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
    TURBO_TELEMETRY_DISABLED: "1",
  };
  runStep("Applying database migrations", bin("tsx"), ["packages/db/scripts/migrate.ts", "deploy"], { env });
  Object.assign(env, await startJambonz(env));
  runStep("Seeding the demo tenant", bin("tsx"), ["prisma/seed.ts"], { env });
  runStep("Building the web app (cached after the first time)", bin("turbo"), ["run", "build", "--filter=@centrala/web", "--output-logs=errors-only"], { env });

  // Supervised: a service that crashes is started again at once; the other keeps running.
  services.push(superviseService("runtime", process.execPath, [...RUNTIME_NODE_FLAGS, "--import", "tsx", "apps/runtime/src/main.ts"], { env }, { graceMs: 20_000 }));
  services.push(superviseService("web", bin("next"), ["start", "-p", String(WEB_PORT)], { cwd: path.join(root, "apps/web"), env }));
  services.push(superviseService("worker", process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], { env }));
  warnAboutLocalOnlySettings(env);
  await Promise.all([waitForHttp(`http://127.0.0.1:${RUNTIME_PORT}/healthz`), waitForHttp(`http://127.0.0.1:${WEB_PORT}/login`, 120_000)]);

  console.log(`
┌──────────────────────────────────────────────────────────────┐
  Centrala is running

  Open:      http://localhost:${WEB_PORT}
  Sign in:   ${DEMO.email}
  Password:  ${DEMO.password}

  Demo number ${DEMO.number} — try:  npm run call -- ${DEMO.number} --press 2
  Voice runtime: ${env.RUNTIME_URL}   (Ctrl-C stops everything)
  ${jambonzLine}
└──────────────────────────────────────────────────────────────┘`);
}

/** Settings that work on this machine only: said once at start, so nobody is surprised later. */
function warnAboutLocalOnlySettings(env) {
  const publicWs = process.env.RUNTIME_PUBLIC_WS_URL ?? `ws://127.0.0.1:${RUNTIME_PORT}`;
  if (/^wss?:\/\/(localhost|127\.|\[::1\])/.test(publicWs)) {
    console.warn(`! RUNTIME_PUBLIC_WS_URL is ${publicWs}: a jambonz on another machine cannot stream voicemail and recordings there. Set it to the runtime's public address.`);
  }
  if (!process.env.SMTP_URL) console.log("  E-mail: no SMTP_URL set, so invitations, password resets and voicemail notices stay in the outbox (GET /api/dev/outbox).");
  if (/^https?:\/\/(localhost|127\.)/.test(env.PUBLIC_WEB_URL)) console.log(`  Links in e-mails point at ${env.PUBLIC_WEB_URL} (set PUBLIC_WEB_URL for other people to open them).`);
}

let jambonzLine = "";

/**
 * jambonz: the one in JAMBONZ_API_URL / JAMBONZ_ACCOUNT_SID / JAMBONZ_API_KEY when all are set,
 * otherwise the simulated jambonz on JAMBONZ_SIM_PORT, provisioned on first start (kept in .data/jambonz).
 */
async function startJambonz(env) {
  const names = ["JAMBONZ_API_URL", "JAMBONZ_ACCOUNT_SID", "JAMBONZ_API_KEY"];
  const given = names.filter((n) => process.env[n]);
  const callHook = { JAMBONZ_CALL_HOOK_URL: process.env.RUNTIME_PUBLIC_WS_URL ?? `ws://127.0.0.1:${RUNTIME_PORT}/jambonz` };
  if (given.length === names.length) {
    jambonzLine = `jambonz: ${process.env.JAMBONZ_API_URL}`;
    console.log(`\nUsing the jambonz in JAMBONZ_API_URL (${process.env.JAMBONZ_API_URL})`);
    return callHook;
  }
  if (given.length > 0) throw new Error(`Set all of ${names.join(", ")} to use a real jambonz, or none to use the simulated one (missing: ${names.filter((n) => !process.env[n]).join(", ")}).`);
  const dataDirJambonz = path.join(dataDir, "jambonz");
  console.log(`\n▶ Starting the simulated jambonz on port ${JAMBONZ_SIM_PORT}`);
  services.push(superviseService("jambonz", process.execPath, ["--import", "tsx", "packages/jambonz-sim/src/server/main.ts"], {
    env: { ...env, JAMBONZ_SIM_PORT: String(JAMBONZ_SIM_PORT), JAMBONZ_SIM_DATA_DIR: dataDirJambonz },
  }));
  await waitForHttp(`http://127.0.0.1:${JAMBONZ_SIM_PORT}/health`);
  const credentials = JSON.parse(readFileSync(path.join(dataDirJambonz, "credentials.json"), "utf8"));
  const url = `http://127.0.0.1:${JAMBONZ_SIM_PORT}`;
  jambonzLine = `jambonz: simulated at ${url} (set JAMBONZ_API_URL/JAMBONZ_ACCOUNT_SID/JAMBONZ_API_KEY to use a real one)`;
  console.log(`✔ ${jambonzLine}`);
  return { ...callHook, JAMBONZ_API_URL: credentials.apiUrl, JAMBONZ_ACCOUNT_SID: credentials.accountSid, JAMBONZ_API_KEY: credentials.apiKey, JAMBONZ_SIM_URL: url };
}

main().catch((err) => {
  console.error(`\nCentrala could not start: ${err.message}`);
  void shutdown(err.exitCode ?? 1);
});
