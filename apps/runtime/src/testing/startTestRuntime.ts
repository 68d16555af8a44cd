import { mkdtempSync } from "node:fs";
import type pino from "pino";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, readDatabaseUrl } from "@centrala/db";
import { VirtualClock } from "@centrala/jambonz-sim";
import { createNodeSimulator } from "@centrala/jambonz-sim/node";
import { createRuntimeServer } from "../createRuntimeServer";
import { readRuntimeEnv } from "../env";
import { createLogger } from "../observability/createLogger";

export const TEST_AUTH = { username: "jambonz", password: "test-password-0123" };

/** A real runtime on a free port against the test database, as tests and benchmarks use it. */
export async function startTestRuntime(opts: { now?: () => number; logLevel?: string; logTo?: pino.DestinationStream; env?: Record<string, string> } = {}) {
  const media = mkdtempSync(path.join(os.tmpdir(), "centrala-media-"));
  const env = readRuntimeEnv({
    DATABASE_URL: readDatabaseUrl(), RUNTIME_PORT: "0", JAMBONZ_WS_USERNAME: TEST_AUTH.username, JAMBONZ_WS_PASSWORD: TEST_AUTH.password,
    RUNTIME_SECRET: "runtime-test-secret-0123456789", MEDIA_DIR: media, LOG_LEVEL: opts.logLevel ?? process.env.TEST_LOG_LEVEL ?? "silent",
    // Tests contact only loopback: the operator list allows it, as an operator would allow an internal service.
    OUTBOUND_ALLOW_NETWORKS: "127.0.0.1/32",
    ...opts.env,
  });
  const prisma = createPrismaClient(env.DATABASE_URL, 5);
  const runtime = await createRuntimeServer({ prisma, env, logger: createLogger(env.LOG_LEVEL, opts.logTo), ...(opts.now ? { now: opts.now } : {}) });
  // As jambonz would be pointed at it: only once it says it is ready (routes loaded, pool open).
  for (let i = 0; i < 300 && !(await fetch(`${runtime.url}/readyz`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 50));
  return {
    runtime, prisma, media, auth: TEST_AUTH, url: runtime.wsUrl,
    /** A jambonz simulator on virtual time pointed at this runtime with its credentials. */
    createSimulator: () => createNodeSimulator({ url: runtime.wsUrl, auth: TEST_AUTH, clock: new VirtualClock() }),
    async close() {
      await runtime.close();
      await prisma.$disconnect();
    },
  };
}
