import pg from "pg";
import type { Pool } from "pg";
import { submitAcdEvent, type AcdInboxEvent } from "@centrala/db";
import { createJambonzClient, type JambonzClient } from "@centrala/jambonz-api";
import type { Logger } from "../observability/createLogger";
import { AcdLeader } from "./AcdLeader";
import { CALLER_CHANNEL, callerNoticeSchema, LEG_CHANNEL, LEG_COMMAND_CHANNEL, type CallerNotice } from "./agentLegTag";

/** A live-call action was asked for (CallAction row id). */
export const CALL_ACTION_CHANNEL = "centrala_call_action";
import { createAcdCarrier } from "./createAcdCarrier";
import { AGENT_STATUS_PATH, QUEUE_EVENT_PATH } from "./handleJambonzWebhook";
import { createLegDecisions } from "./legDecisions";

export type JambonzApiSettings = { apiUrl: string; accountSid: string; apiKey: string };

export type CallCentreOptions = {
  databaseUrl: string;
  pool: Pool;
  logger: Logger;
  /** jambonz's REST API; without it queues only hold their callers (nobody is rung). */
  jambonz: JambonzApiSettings | null;
  /** The runtime's jambonz WebSocket as jambonz reaches it, and its Basic credentials. */
  callHook: { url: string; username: string; password: string };
  /** The runtime's HTTP origin as jambonz reaches it (webhooks). */
  httpOrigin: string;
  /** Where the caller-bound notices go (the runtime server finds the caller's live call). */
  onCallerNotice: (callerSid: string, notice: CallerNotice) => void;
  /** Verbs for a leg's socket (an agent leg moving into a conference), if this instance carries it. */
  onLegCommand: (callSid: string, verbs: unknown[]) => void;
  /** A live-call action to carry out, if this instance carries the caller. */
  onCallAction: (id: string) => void;
  now?: () => number;
};

/**
 * The runtime's call centre: every instance submits events to the dispatcher (AcdInbox), listens
 * for decisions about the agent legs and callers it carries, and runs an AcdLeader that takes over
 * when no other instance leads. Off when jambonz's REST API is not configured.
 */
export function createCallCentre(opts: CallCentreOptions) {
  const now = opts.now ?? (() => Date.now());
  const log = opts.logger.child({ component: "call-centre" });
  const decisions = createLegDecisions(opts.pool);
  const jambonz: JambonzClient | null = opts.jambonz
    ? createJambonzClient({ baseUrl: opts.jambonz.apiUrl, accountSid: opts.jambonz.accountSid, apiKey: opts.jambonz.apiKey, timeoutMs: 5000 })
    : null;
  const carrier = jambonz
    ? createAcdCarrier({ jambonz, pool: opts.pool, logger: opts.logger, callHook: opts.callHook, statusHookUrl: `${opts.httpOrigin}${AGENT_STATUS_PATH}`, now })
    : null;
  const leader = carrier ? new AcdLeader({ databaseUrl: opts.databaseUrl, pool: opts.pool, logger: opts.logger, carrier, now }) : null;
  let listener: pg.Client | null = null;
  let closed = false;
  let retryMs = 250;
  let retryTimer: NodeJS.Timeout | null = null;

  function scheduleListen(): void {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void listen();
    }, retryMs);
    retryTimer.unref?.();
    retryMs = Math.min(retryMs * 2, 5000);
  }

  async function listen(): Promise<void> {
    const client = new pg.Client({ connectionString: opts.databaseUrl, connectionTimeoutMillis: 5000, keepAlive: true });
    const lost = () => {
      if (listener !== client) return;
      listener = null;
      client.end().catch(() => {});
      scheduleListen();
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (n) => {
      try {
        if (n.channel === CALL_ACTION_CHANNEL) return opts.onCallAction(n.payload ?? "");
        const payload = JSON.parse(n.payload ?? "null") as Record<string, unknown>;
        if (n.channel === LEG_COMMAND_CHANNEL && typeof payload.callSid === "string" && Array.isArray(payload.verbs)) return opts.onLegCommand(payload.callSid, payload.verbs);
        if (n.channel === LEG_CHANNEL) decisions.deliver(String(payload.legId), payload.decision);
        else if (n.channel === CALLER_CHANNEL) {
          const notice = callerNoticeSchema.safeParse(payload.notice);
          if (notice.success && typeof payload.callerSid === "string") opts.onCallerNotice(payload.callerSid, notice.data);
        }
      } catch {
        log.warn({ channel: n.channel }, "unreadable call-centre notification");
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LEG_CHANNEL}`);
      await client.query(`LISTEN ${CALLER_CHANNEL}`);
      await client.query(`LISTEN ${LEG_COMMAND_CHANNEL}`);
      await client.query(`LISTEN ${CALL_ACTION_CHANNEL}`);
      if (closed) return void client.end().catch(() => {});
      listener = client;
      retryMs = 250;
    } catch (err) {
      log.warn({ err: err instanceof Error ? err.message : String(err) }, "call-centre listener could not connect; retrying");
      client.end().catch(() => {});
      scheduleListen();
    }
  }

  /** The account's queue_event_hook points at this runtime (any instance: it is stateless). */
  async function ensureQueueEventHook(): Promise<void> {
    if (!jambonz) return;
    const url = `${opts.httpOrigin}${QUEUE_EVENT_PATH}`;
    try {
      const account = await jambonz.accounts.get();
      if (account.queue_event_hook?.url === url) return;
      await jambonz.accounts.update({ queue_event_hook: { url, method: "POST", username: opts.callHook.username, password: opts.callHook.password } });
      log.info({ url }, "jambonz account's queue events now come to the runtime");
    } catch (err) {
      log.warn({ err: err instanceof Error ? err.message : String(err) }, "could not point jambonz's queue events at the runtime; answered calls are confirmed when they end");
    }
  }

  return {
    enabled: jambonz !== null,
    statusHookUrl: `${opts.httpOrigin}${AGENT_STATUS_PATH}`,
    jambonz,
    decisions,
    leader,
    async start(): Promise<void> {
      if (!jambonz) {
        log.warn("JAMBONZ_API_URL is not set: queues hold their callers but ring no agents");
        return;
      }
      await listen();
      await ensureQueueEventHook();
      leader?.start();
    },
    /** Hands an event to the dispatcher (whichever instance leads it). */
    async submit(tenantId: string, event: AcdInboxEvent): Promise<void> {
      if (!jambonz) return;
      await submitAcdEvent(opts.pool, tenantId, event);
    },
    async close(): Promise<void> {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      await leader?.close();
      await listener?.end().catch(() => {});
      listener = null;
    },
  };
}
export type CallCentre = ReturnType<typeof createCallCentre>;
