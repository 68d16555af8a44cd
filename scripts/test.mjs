// `npm test`: every test. Unit and integration tests (Vitest) on a fresh PostgreSQL database —
// on the server in DATABASE_URL when set, otherwise on an embedded PostgreSQL — then the
// end-to-end journeys (Playwright) in a real Chromium. `npm test -- --skip-e2e` skips the browser.
import { randomBytes } from "node:crypto";
import { ensureInstall } from "./lib/ensureInstall.mjs";
import { ensureChromium } from "./lib/ensureChromium.mjs";
import { ensureFfmpeg } from "./lib/ensureFfmpeg.mjs";
import { bin, runStep, runStepInBackground } from "./lib/run.mjs";

const args = process.argv.slice(2);
const skipE2e = args.includes("--skip-e2e");
const cleanups = [];

async function main() {
  ensureInstall();
  ensureFfmpeg();
  const { startEmbeddedPostgres, ensureDatabase, dropDatabase } = await import("./lib/database.mjs");
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.log("\n▶ Starting a throw-away embedded PostgreSQL for the tests");
    const embedded = await startEmbeddedPostgres({ persistent: false });
    cleanups.push(() => embedded.stop());
    serverUrl = embedded.adminUrl;
  }
  const dbName = `centrala_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const databaseUrl = await ensureDatabase(serverUrl, dbName);
  cleanups.unshift(() => dropDatabase(serverUrl, dbName));
  console.log(`✔ Test database ${dbName} ready`);

  const env = {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64"),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    TURBO_TELEMETRY_DISABLED: "1",
    CI: process.env.CI ?? "",
  };
  runStep("Applying migrations to the test database", bin("tsx"), ["packages/db/scripts/migrate.ts", "deploy"], { env });
  runStep("Installing the job queues", bin("tsx"), ["packages/jobs/scripts/install.ts"], { env });
  // The type check runs beside Vitest (which mostly waits on sockets and timers); both must pass.
  // Three programs, one after another (scripts/typecheck.mjs): the CPU it leaves goes to the tests.
  const typecheck = runStepInBackground("Type-checking every package", process.execPath, ["scripts/typecheck.mjs"], { env });
  try {
    runStep("Unit and integration tests (Vitest)", bin("vitest"), ["run"], { env });
  } finally {
    await typecheck;
  }
  if (skipE2e) {
    console.log("\nSkipping the end-to-end tests (--skip-e2e).");
    return;
  }
  const chromium = ensureChromium();
  // Already type-checked above: the build skips its own check, and writes no cache for a next build.
  runStep("Building the web app", bin("turbo"), ["run", "build", "--filter=@centrala/web", "--output-logs=errors-only"], { env: { ...env, CENTRALA_BUILD_SKIP_TYPECHECK: "1", CENTRALA_BUILD_NO_CACHE: "1" } });
  runStep("End-to-end journeys (Playwright, Chromium)", bin("playwright"), ["test"], { env: { ...env, CHROMIUM_PATH: chromium } });
}

let exitCode = 0;
try {
  await main();
  console.log("\nAll tests passed.");
} catch (err) {
  console.error(`\n✖ ${err.message}`);
  exitCode = err.exitCode ?? 1;
} finally {
  for (const cleanup of cleanups) {
    try { await cleanup(); } catch (err) { console.error(`Cleanup: ${err.message}`); }
  }
}
process.exit(exitCode);
