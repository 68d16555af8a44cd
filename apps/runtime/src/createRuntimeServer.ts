import http from "node:http";
import type { AddressInfo } from "node:net";
import type { IncomingMessage } from "node:http";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { HttpEffect } from "@centrala/engine";
import { createOutboundClient } from "@centrala/outbound";
import { createFlowVersions } from "./calls/createFlowVersions";
import { performHttpRequest } from "./calls/performHttpRequest";
import { recoverStoredCall, type StoredCall } from "./calls/storedCall";
import type { JambonzSession } from "@jambonz/node-client-ws";
import { createCallReaper, createCallStateStore, createPgPool, createTraceWriter, isKnownTestToken, keepTableStatistics, type Db } from "@centrala/db";
import { buildPromptBaseUrl, createMediaStorage } from "@centrala/media";
import { handleHealth } from "./http/handleHealth";
import { createJambonzEndpoint } from "./jambonz/createJambonzEndpoint";
import { createAudioReceiver } from "./audio/createAudioReceiver";
import { createHoldMusicResolver } from "./audio/createHoldMusicResolver";
import { createMediaServer, isMediaPath } from "./http/createMediaServer";
import { signAudioGrant, verifyAudioGrant } from "./audio/audioToken";
import { createFlowCache } from "./routing/createFlowCache";
import { warmUp } from "./routing/warmUp";
import { createMetrics } from "./observability/createMetrics";
import type { Logger } from "./observability/createLogger";
import { LiveCall } from "./calls/LiveCall";
import type { CallDeps } from "./calls/callDeps";
import type { RuntimeEnv } from "./env";
import { createCallCentre, type CallCentre } from "./acd/createCallCentre";
import { AgentLegCall } from "./acd/AgentLegCall";
import { isCallGone } from "./acd/isCallGone";
import { agentLegTagSchema, conferenceLegTagSchema } from "./acd/agentLegTag";
import { ConferenceLegCall } from "./acd/ConferenceLegCall";
import { callActionSchema } from "@centrala/db";
import { handleJambonzWebhook, isJambonzWebhookPath } from "./acd/handleJambonzWebhook";

export const JAMBONZ_PATH = "/jambonz";
export const AUDIO_PATH = "/audio";
const AUDIO_MAX_PAYLOAD = 64 * 1024;
/** jambonz call sids are UUIDs; anything else (or a megabyte of text) is not a call. */
const CALL_SID = /^[A-Za-z0-9_-]{1,64}$/;

const readGrant = (req: IncomingMessage) => new URL(req.url ?? "/", "http://runtime").searchParams.get("grant") ?? "";

export type RuntimeServer = {
  /** `mediaOrigin`: where jambonz (and the browser's test call) fetch prompt audio. */
  url: string; wsUrl: string; port: number; mediaOrigin: string; metrics: ReturnType<typeof createMetrics>;
  /** Writes buffered call records now. */
  flushRecords(): Promise<void>;
  /** Writes the heartbeat and closes the calls nobody carries now (the reaper also runs every 5 s). */
  reapLostCalls(): Promise<void>;
  /** The call centre (dispatcher leadership, agent legs). */
  callCentre: CallCentre;
  close(): Promise<void>;
};

/**
 * The runtime: jambonz's per-call WebSockets on /jambonz, call audio on /audio, prompt and
 * recording audio on /api/prompt-audio and /api/recording-audio (signed URLs), and /healthz,
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
  const instanceId = env.RUNTIME_INSTANCE_ID ?? `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
  const store = createCallStateStore(pool, {
    instanceId,
    onError: (err) => {
      metrics.errors.inc({ kind: "state-write" });
      logger.warn({ err: err instanceof Error ? err.message : String(err) }, "call state not stored yet");
    },
  });
  const outbound = createOutboundClient({ allowNetworks: env.OUTBOUND_ALLOW_NETWORKS });
  const detached = new Map<string, { record: StoredCall; at: number }>();
  const warm = warmUp({ flowCache, pool, logger });
  const probe = {
    async isReady() {
      if (!warm.isDone()) return { ok: false, detail: "warming up: loading routes and opening database connections" };
      await prisma.$queryRaw`SELECT 1`;
      await pool.query("SELECT 1");
      return flowCache.isListening() ? { ok: true, detail: "database reachable" } : { ok: false, detail: "not listening for published flows" };
    },
  };
  const storage = createMediaStorage(env.media);
  const now = opts.now ?? (() => Date.now());
  const media = createMediaServer({ prisma, storage, signingKey: env.media.signingKey, now, logger });
  let webhookDeps: Parameters<typeof handleJambonzWebhook>[2] | null = null;
  const server = http.createServer((req, res) => {
    if (isMediaPath(req.url)) {
      media.handle(req, res);
      return;
    }
    if (webhookDeps && isJambonzWebhookPath(req.url)) {
      void handleJambonzWebhook(req, res, webhookDeps);
      return;
    }
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
  const mediaOrigin = env.MEDIA_PUBLIC_URL ?? wsBase.replace(/^ws/, "http").replace(/^(https?:\/\/[^/]+).*$/, "$1");

  const httpOrigin = env.RUNTIME_PUBLIC_HTTP_URL?.replace(/\/+$/, "") ?? wsBase.replace(/^ws/, "http").replace(/^(https?:\/\/[^/]+).*$/, "$1");
  const auth = { username: env.JAMBONZ_WS_USERNAME, password: env.JAMBONZ_WS_PASSWORD };
  const callCentre = createCallCentre({
    databaseUrl: env.DATABASE_URL, pool, logger, now,
    jambonz: env.JAMBONZ_API_URL && env.JAMBONZ_ACCOUNT_SID && env.JAMBONZ_API_KEY ? { apiUrl: env.JAMBONZ_API_URL, accountSid: env.JAMBONZ_ACCOUNT_SID, apiKey: env.JAMBONZ_API_KEY } : null,
    callHook: { url: `${wsBase}${JAMBONZ_PATH}`, ...auth },
    httpOrigin,
    onCallerNotice: (callerSid, notice) => liveBySid.get(callerSid)?.call.receiveAcdNotice(notice),
    onLegCommand: (callSid, verbs) => agentLegs.get(callSid)?.moveTo(verbs),
    onCallAction: (id) => void runCallAction(id).catch((err: unknown) => logger.error({ err: err instanceof Error ? err.message : String(err) }, "could not carry out a call action")),
  });
  const agentLegs = new Map<string, AgentLegCall>();
  const extensionLists = new Map<string, { at: number; numbers: Promise<string[]> }>();
  const listExtensions = (tenantId: string) => {
    const cached = extensionLists.get(tenantId);
    if (cached && now() - cached.at < 30_000) return cached.numbers;
    const numbers = pool.query<{ number: string }>(`SELECT number FROM "Extension" WHERE "tenantId" = $1 ORDER BY number`, [tenantId]).then((r) => r.rows.map((row) => row.number));
    extensionLists.set(tenantId, { at: now(), numbers });
    return numbers;
  };
  const policies = new Map<string, { at: number; policy: ReturnType<CallDeps["readRecordingPolicy"]> }>();
  const readRecordingPolicy: CallDeps["readRecordingPolicy"] = (tenantId, queueId) => {
    const key = `${tenantId}\n${queueId}`;
    const cached = policies.get(key);
    if (cached && now() - cached.at < 10_000) return cached.policy;
    const policy = pool.query<{ policy: string; announcement: unknown }>(
      `SELECT q."recordingPolicy"::text AS policy, t."recordingAnnouncement" AS announcement FROM "Queue" q JOIN "Tenant" t ON t.id = q."tenantId" WHERE q.id = $1 AND q."tenantId" = $2`,
      [queueId, tenantId],
    ).then((r) => ({ policy: (r.rows[0]?.policy ?? "never") as "always" | "never" | "onDemand", announcement: r.rows[0]?.announcement ?? null }));
    if (policies.size > 5000) policies.clear();
    policies.set(key, { at: now(), policy });
    return policy;
  };
  /**
   * A live-call action (CallAction row): carried out by the instance that carries the caller's
   * socket; if none does within a few seconds, the call is gone.
   */
  async function runCallAction(id: string): Promise<void> {
    const { rows } = await pool.query<{ id: string; tenantId: string; callSid: string; kind: string; params: Record<string, unknown>; status: string }>(
      `SELECT id, "tenantId", "callSid", kind, params, status FROM "CallAction" WHERE id = $1`, [id],
    );
    const row = rows[0];
    if (!row || row.status !== "pending") return;
    const live = liveBySid.get(row.callSid);
    if (!live || live.call.tenantId !== row.tenantId) {
      setTimeout(() => {
        void pool.query(`UPDATE "CallAction" SET status = 'failed', result = $2, "doneAt" = now() WHERE id = $1 AND status = 'pending'`, [id, JSON.stringify({ ok: false, error: "callGone", message: "the call is not in progress" })]).catch(() => {});
      }, 3000).unref();
      return;
    }
    const claimed = await pool.query(`UPDATE "CallAction" SET status = 'running' WHERE id = $1 AND status = 'pending' RETURNING id`, [id]);
    if (!claimed.rows.length) return;
    const action = callActionSchema.safeParse({ ...row.params, kind: row.kind });
    const result = action.success ? await live.call.runAction(action.data) : { ok: false as const, error: "invalid", message: action.error.issues[0]?.message ?? "invalid action" };
    await pool.query(`UPDATE "CallAction" SET status = $2, result = $3, "doneAt" = now() WHERE id = $1`, [id, result.ok ? "done" : "failed", JSON.stringify(result)]);
  }
  webhookDeps = { auth, pool, logger, now };
  const audio = createAudioReceiver({ prisma, secret: env.RUNTIME_SECRET, storage, logger, beforeInsert: () => traces.flush() });
  const live = new Map<{ close(code: number, reason: string): void }, LiveCall>();
  const liveBySid = new Map<string, { session: JambonzSession; call: LiveCall }>();
  const deps = {
    prisma, flowCache, store, traces, metrics, logger, now, detached,
    versions: createFlowVersions(prisma),
    performHttp: (effect: HttpEffect, now: () => number) => performHttpRequest(outbound, effect, now, (reason) => {
      metrics.errors.inc({ kind: "outbound-refused" });
      logger.warn({ reason, node: effect.nodeId }, "refused a flow's web request");
    }),
    httpWaitMessageAfterMs: env.HTTP_WAIT_MESSAGE_AFTER_MS,
    runtimeSecret: env.RUNTIME_SECRET,
    promptBaseUrl: (tenantId: string) => buildPromptBaseUrl(mediaOrigin, env.media.signingKey, tenantId, now()),
    resolveHoldMusic: createHoldMusicResolver(prisma, logger, now),
    submitAcdEvent: callCentre.enabled ? callCentre.submit : null,
    control: callCentre.jambonz ? { pool, jambonz: callCentre.jambonz, callHook: { url: `${wsBase}${JAMBONZ_PATH}`, ...auth }, statusHookUrl: callCentre.statusHookUrl } : null,
    pool,
    listExtensions,
    readRecordingPolicy,
    audioWsUrl: (grant: { tenantId: string; callId: string; callSid: string }) => `${wsBase}${AUDIO_PATH}?grant=${signAudioGrant(grant, env.RUNTIME_SECRET)}`,
  };
  // jambonz's listen streams send 20 ms audio frames (a few KiB at most); refuse anything far larger.
  (audio as unknown as { options: { maxPayload: number } }).options.maxPayload = AUDIO_MAX_PAYLOAD;
  createJambonzEndpoint({
    server, path: JAMBONZ_PATH, logger,
    auth,
    onError: (kind) => metrics.errors.inc({ kind }),
    isKnownTestToken: (token) => isKnownTestToken(prisma, token),
    onSession: (session, kind, testToken) => {
      const callSid = String(session.call_sid ?? "");
      if (!CALL_SID.test(callSid)) {
        metrics.errors.inc({ kind: "bad-call-sid" });
        logger.warn({ length: callSid.length }, "refused a session whose call_sid is not a jambonz call id");
        session.ws.close(1008, "invalid call_sid");
        return;
      }
      const current = liveBySid.get(callSid);
      if (current && kind === "new") {
        metrics.errors.inc({ kind: "repeated-session" });
        logger.warn({ call_sid: callSid }, "refused a repeated session:new for a call already in progress here");
        session.ws.close(1008, "call already in progress");
        return;
      }
      // A reconnect may overtake the close of the socket it replaces.
      current?.session.ws.terminate();
      // An agent leg the call centre placed (its tag comes back as customerData).
      const legTag = session.data.direction === "outbound" ? agentLegTagSchema.safeParse(session.data.customerData) : null;
      if (legTag?.success) {
        deps.metrics.activeCalls.inc();
        const leg = new AgentLegCall(session, legTag.data, { pool, decisions: callCentre.decisions, logger, now, isCallGone: (sid) => isCallGone(callCentre.jambonz, sid) });
        agentLegs.set(callSid, leg);
        session.ws.once("close", () => {
          deps.metrics.activeCalls.dec();
          if (agentLegs.get(callSid) === leg) agentLegs.delete(callSid);
        });
        leg.attach(kind);
        return;
      }
      const partyTag = session.data.direction === "outbound" ? conferenceLegTagSchema.safeParse(session.data.customerData) : null;
      if (partyTag?.success) {
        deps.metrics.activeCalls.inc();
        session.ws.once("close", () => deps.metrics.activeCalls.dec());
        new ConferenceLegCall(session, partyTag.data, { pool, logger }).attach(kind);
        return;
      }
      const call = new LiveCall(session, deps, testToken);
      live.set(session.ws, call);
      liveBySid.set(callSid, { session, call });
      session.ws.once("close", () => {
        live.delete(session.ws);
        if (liveBySid.get(callSid)?.session === session) liveBySid.delete(callSid);
      });
      call.attach(kind);
    },
    others: [{ path: AUDIO_PATH, wss: audio, authorise: (req) => verifyAudioGrant(readGrant(req), env.RUNTIME_SECRET) !== null }],
  });

  // Calls nobody carries any more are closed ("lost") after the grace period; this instance's own
  // memory of its detached calls is let go then too.
  const reaper = createCallReaper(pool, {
    instanceId, graceMs: env.CALL_REAP_GRACE_MS,
    isLive: (callSid) => liveBySid.has(callSid),
    recover: recoverStoredCall,
    onReaped: (calls) => {
      const lost = calls.filter((c) => c.lost).length;
      metrics.callsLost.inc(lost);
      logger.warn({ lost, recovered: calls.length - lost }, "closed calls nobody carried any more");
    },
    onError: (err) => logger.warn({ err: err instanceof Error ? err.message : String(err) }, "could not look for lost calls"),
  });
  void reaper.tick();
  await callCentre.start();
  const sweep = setInterval(() => {
    const before = Date.now() - env.CALL_REAP_GRACE_MS;
    for (const [sid, held] of detached) if (held.at < before) detached.delete(sid);
  }, 5000);
  sweep.unref();

  return {
    url: `http://${env.RUNTIME_HOST}:${port}`,
    mediaOrigin,
    wsUrl: `${wsBase}${JAMBONZ_PATH}`,
    port,
    metrics,
    callCentre,
    flushRecords: () => traces.flush(),
    reapLostCalls: () => reaper.tick(),
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
      clearInterval(sweep);
      warm.stop();
      await callCentre.close();
      await store.drain(10_000);
      await reaper.stop();
      await statistics.stop();
      try {
        await traces.close();
      } finally {
        await outbound.close();
        await flowCache.close();
        await pool.end();
      }
    },
  };
}
