import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { createCallStateStore, createPgPool, createTraceWriter, keepTableStatistics, type Db } from "@centrala/db";
import { handleHealth } from "./http/handleHealth";
import { createJambonzEndpoint } from "./jambonz/createJambonzEndpoint";
import { createAudioReceiver } from "./audio/createAudioReceiver";
import { signAudioGrant } from "./audio/audioToken";
import { createFlowCache } from "./routing/createFlowCache";
import { createMetrics } from "./observability/createMetrics";
import type { Logger } from "./observability/createLogger";
import { LiveCall } from "./calls/LiveCall";
import type { RuntimeEnv } from "./env";

export const JAMBONZ_PATH = "/jambonz";
export const AUDIO_PATH = "/audio";

export type RuntimeServer = {
  url: string; wsUrl: string; port: number; metrics: ReturnType<typeof createMetrics>;
  /** Writes buffered call records now. */
  flushRecords(): Promise<void>;
  close(): Promise<void>;
};

/**
 * The runtime: jambonz's per-call WebSockets on /jambonz, call audio on /audio, and /healthz,
 * /readyz and /metrics on the same HTTP server.
 */
export async function createRuntimeServer(opts: { prisma: Db; env: RuntimeEnv; logger: Logger; now?: () => number }): Promise<RuntimeServer> {
  const { prisma, env, logger } = opts;
  const metrics = createMetrics();
  const flowCache = createFlowCache({ prisma, databaseUrl: env.DATABASE_URL, logger });
  await flowCache.start();
  // The call path (state saves, call records) uses plain pg; Prisma serves everything else.
  const pool = createPgPool(env.DATABASE_URL, 10);
  const traces = createTraceWriter(pool, {
    onError: (err) => {
      metrics.errors.inc({ kind: "trace-write" });
      logger.warn({ err: err instanceof Error ? err.message : String(err) }, "call records not written yet; will retry");
    },
    onQuarantine: (kind, callId, reason) => {
      metrics.recordsQuarantined.inc({ kind });
      logger.error({ kind, call_id: callId, reason }, "the database refused a call record; set aside so the others are written");
    },
    onDropped: (kind, count) => {
      metrics.recordsDropped.inc({ kind }, count);
      logger.error({ kind, count }, "call record buffer is full: new call records are being dropped");
    },
  });
  metrics.readPendingRecordsFrom(() => traces.pending());
  const statistics = keepTableStatistics(pool, {
    onAnalysed: (table, rows, known) => logger.info({ table, rows, known }, "refreshed the planner's statistics of a fast-growing table"),
    onError: () => {},
  });
  const store = createCallStateStore(pool);
  const probe = {
    async isReady() {
      await prisma.$queryRaw`SELECT 1`;
      return flowCache.isListening() ? { ok: true, detail: "database reachable" } : { ok: false, detail: "not listening for published flows" };
    },
  };
  const server = http.createServer((req, res) => {
    if (req.url === "/metrics") {
      void metrics.registry.metrics().then((body) => res.writeHead(200, { "content-type": metrics.registry.contentType }).end(body));
      return;
    }
    void handleHealth(req, res, probe).then((handled) => {
      if (!handled) res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "not found" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(env.RUNTIME_PORT, env.RUNTIME_HOST, resolve));
  const { port } = server.address() as AddressInfo;
  const wsBase = env.RUNTIME_PUBLIC_WS_URL ?? `ws://${env.RUNTIME_HOST}:${port}`;

  const audio = createAudioReceiver({ prisma, secret: env.RUNTIME_SECRET, dir: path.resolve(env.RECORDINGS_DIR), logger, beforeInsert: () => traces.flush() });
  const live = new Map<{ close(code: number, reason: string): void }, LiveCall>();
  const deps = {
    prisma, flowCache, store, traces, metrics, logger, now: opts.now ?? (() => Date.now()),
    promptBaseUrl: (tenantId: string) => `${env.PROMPT_BASE_URL}/${tenantId}`,
    audioWsUrl: (grant: { tenantId: string; callId: string; callSid: string }) => `${wsBase}${AUDIO_PATH}?grant=${signAudioGrant(grant, env.RUNTIME_SECRET)}`,
  };
  createJambonzEndpoint({
    server, path: JAMBONZ_PATH, logger,
    auth: { username: env.JAMBONZ_WS_USERNAME, password: env.JAMBONZ_WS_PASSWORD },
    onError: (kind) => metrics.errors.inc({ kind }),
    onSession: (session, kind, req) => {
      // node-client-ws leaves the part of the path after /jambonz in req.url: "test/<token>/".
      const testToken = /^\/?test\/([A-Za-z0-9_-]+)/.exec(req.url ?? "")?.[1] ?? null;
      const call = new LiveCall(session, deps, testToken);
      live.set(session.ws, call);
      session.ws.once("close", () => live.delete(session.ws));
      call.attach(kind);
    },
    externalWss: [{ path: AUDIO_PATH, wss: audio }],
  });

  return {
    url: `http://${env.RUNTIME_HOST}:${port}`,
    wsUrl: `${wsBase}${JAMBONZ_PATH}`,
    port,
    metrics,
    flushRecords: () => traces.flush(),
    /**
     * Stops taking calls. Open call sockets are closed with 1001 ("going away"), which jambonz
     * answers by reconnecting — to another instance, which resumes from the stored state. Then
     * every buffered call record is written.
     */
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Let calls finish saving what they have answered, then hand them to another instance.
      await Promise.race([Promise.all([...live.values()].map((c) => c.settle())), new Promise((r) => setTimeout(r, 2000))]);
      for (const ws of live.keys()) ws.close(1001, "runtime shutting down");
      for (const ws of audio.clients) ws.close(1001, "runtime shutting down");
      server.closeIdleConnections();
      // A peer that never completes the close handshake must not hold the shutdown hostage.
      const force = setTimeout(() => server.closeAllConnections(), 3000);
      await closed;
      clearTimeout(force);
      await store.drain();
      await statistics.stop();
      await traces.close();
      await flowCache.close();
      await pool.end();
    },
  };
}
