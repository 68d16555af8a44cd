import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { RUNTIME_NODE_FLAGS } from "./apps/runtime/nodeFlags.mjs";

// End-to-end journeys against the production build of apps/web (`next build` must have run).
// `npm test` provides DATABASE_URL (a migrated database) and AUTH_SECRET.
const PORT = Number(process.env.E2E_PORT ?? 3105);
const baseURL = `http://127.0.0.1:${PORT}`;
// The voice runtime the editor's test calls reach from the browser.
const RUNTIME_PORT = Number(process.env.E2E_RUNTIME_PORT ?? 3205);
// The simulated jambonz (REST API + feature server); its account and key are pinned for the web app.
const JAMBONZ_PORT = Number(process.env.E2E_JAMBONZ_PORT ?? 3305);
const JAMBONZ = {
  JAMBONZ_API_URL: `http://127.0.0.1:${JAMBONZ_PORT}/v1`,
  JAMBONZ_ACCOUNT_SID: "0d5a1c2e-6f3b-4c8d-9e7a-1b2c3d4e5f60",
  JAMBONZ_API_KEY: "e2e-jambonz-api-key-0123456789",
};

// Sign-in, sign-up and other attempts are limited per client address, and every test browser
// comes from 127.0.0.1. The web server trusts loopback as a proxy (TRUSTED_PROXIES), so the
// X-Forwarded-For sent here is the client address it sees: each run gets its own (documentation
// range), and the fixtures give each test its own on top (playwright/fixtures.ts).
const runClientIp = `203.0.113.${1 + Math.floor(Math.random() * 254)}`;

// Web app and runtime share the audio store and the key that signs audio URLs.
const media = { MEDIA_SECRET: "e2e-media-secret-0123456789", MEDIA_DIR: process.env.E2E_MEDIA_DIR ?? path.join(os.tmpdir(), `centrala-e2e-media-${process.pid}`) };

function passThrough(name: string): Record<string, string> {
  const value = process.env[name];
  return value === undefined ? {} : { [name]: value };
}

export default defineConfig({
  testDir: "playwright",
  outputDir: "test-results",
  // Two browsers at a time: the journeys mostly wait on the server and on real-time audio, so two overlap well on two
  // cores. Three saved under a minute and let timing-sensitive journeys fail (a call apologising at session:new, axe
  // catching a toast mid-fade), so two it stays.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // Every journey signs up its own organisation, so tests of one file need not share a browser in
  // turn: spreading them evenly keeps both browsers busy until the end instead of waiting on the
  // longest file.
  fullyParallel: true,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    // Screenshots and traces only when asked (E2E_TRACE=1) or on failure: recording every action of
    // every journey costs more CPU than two cores can spare. A failure still leaves error-context.md.
    screenshot: "only-on-failure",
    extraHTTPHeaders: { "x-forwarded-for": runClientIp },
    trace: process.env.E2E_TRACE === "1" ? "retain-on-failure" : "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", // Debian package `chromium`
          args: [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: [{
    command: `npx next start -p ${PORT}`,
    cwd: "apps/web",
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      ...passThrough("DATABASE_URL"),
      ...passThrough("AUTH_SECRET"),
      AUTH_TRUST_HOST: "true",
      AUTH_URL: baseURL,
      TRUSTED_PROXIES: "127.0.0.1, ::1",
      RUNTIME_URL: `http://127.0.0.1:${RUNTIME_PORT}`,
      TEST_CALL_WS_URL: `ws://127.0.0.1:${RUNTIME_PORT}/jambonz`,
      NEXT_TELEMETRY_DISABLED: "1",
      ...JAMBONZ,
      ...media,
      JAMBONZ_CALL_HOOK_URL: `ws://127.0.0.1:${RUNTIME_PORT}/jambonz`,
      JAMBONZ_WS_PASSWORD: "e2e-runtime-password",
      UI_KIT_PAGE: "1",
    },
  }, {
    command: "node --import tsx packages/jambonz-sim/src/server/main.ts",
    url: `http://127.0.0.1:${JAMBONZ_PORT}/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { JAMBONZ_SIM_PORT: String(JAMBONZ_PORT), JAMBONZ_SIM_ACCOUNT_SID: JAMBONZ.JAMBONZ_ACCOUNT_SID, JAMBONZ_SIM_API_KEY: JAMBONZ.JAMBONZ_API_KEY },
  }, {
    command: ["node", ...RUNTIME_NODE_FLAGS, "--import", "tsx", "apps/runtime/src/main.ts"].join(" "),
    url: `http://127.0.0.1:${RUNTIME_PORT}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      ...passThrough("DATABASE_URL"),
      RUNTIME_PORT: String(RUNTIME_PORT),
      JAMBONZ_WS_PASSWORD: "e2e-runtime-password",
      RUNTIME_SECRET: "e2e-runtime-secret-0123456789",
      LOG_LEVEL: "warn",
      ...media,
      // The call centre's dispatcher rings agents through the simulated jambonz's REST API.
      ...JAMBONZ,
    },
  }, {
    // The background jobs (voicemail e-mails into the outbox, the recordings purge on the same
    // audio store): no HTTP port, ready when it says so.
    command: "node --import tsx apps/worker/src/main.ts",
    wait: { stdout: /worker started/ },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { ...passThrough("DATABASE_URL"), PUBLIC_WEB_URL: baseURL, ...media },
  }],
});
