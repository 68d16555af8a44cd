import type { AcdCommand } from "@centrala/acd";
import { submitAcdEvent, type SqlRunner } from "@centrala/db";
import { JambonzApiError, type JambonzClient } from "@centrala/jambonz-api";
import type { Logger } from "../observability/createLogger";
import type { AcdCarrier, TenantBatch } from "./AcdLeader";
import { CALLER_CHANNEL, formatLegId, LEG_CHANNEL, type AgentLegTag, type CallerNotice, type LegDecision } from "./agentLegTag";

type Extension = { id: string; number: string; name: string; forwardTo: string | null };
type TenantInfo = { sipRealm: string; language: string };

export type AcdCarrierOptions = {
  jambonz: JambonzClient;
  pool: SqlRunner;
  logger: Logger;
  /** The runtime's jambonz WebSocket (agent legs run there) and its credentials. */
  callHook: { url: string; username: string; password: string };
  /** Where jambonz posts agent legs' call status (HTTP, any instance). */
  statusHookUrl: string;
  now?: () => number;
};

const CACHE_MS = 10_000;

/**
 * Carries out the dispatcher's commands through jambonz: an agent leg per `ringAgent` (REST
 * createCall to the agent's extension, or its forwarding number, ringing `ringSeconds`, tagged so
 * every status comes back to the dispatcher), `cancelOffer` as a CANCEL (`call_status: no-answer`;
 * a 422 means the agent answered first, and the leg's own answer reports it). Decisions for answered
 * legs (`bridge`, `releaseAgent`) and notices for callers are stored and announced in the batch's
 * transaction (NOTIFY), for whichever instance carries that leg's or caller's socket.
 */
export function createAcdCarrier(opts: AcdCarrierOptions): AcdCarrier & { legCallSid(legId: string): string | undefined } {
  const { jambonz, pool, logger } = opts;
  const log = logger.child({ component: "acd-carrier" });
  const now = opts.now ?? (() => Date.now());
  const extensions = new Map<string, { at: number; ext: Extension | null }>();
  const tenants = new Map<string, { at: number; info: TenantInfo | null }>();
  /** Legs placed by this instance: jambonz call sid once known, and cancels asked for before it was. */
  const legs = new Map<string, { callSid?: string; cancel?: boolean }>();

  async function readExtension(tenantId: string, agentId: string): Promise<Extension | null> {
    const cached = extensions.get(agentId);
    if (cached && now() - cached.at < CACHE_MS) return cached.ext;
    const { rows } = await pool.query<Extension>(`SELECT id, number, name, "forwardTo" FROM "Extension" WHERE id = $1 AND "tenantId" = $2`, [agentId, tenantId]);
    extensions.set(agentId, { at: now(), ext: rows[0] ?? null });
    return rows[0] ?? null;
  }

  async function readTenant(tenantId: string): Promise<TenantInfo | null> {
    const cached = tenants.get(tenantId);
    if (cached && now() - cached.at < CACHE_MS) return cached.info;
    const { rows } = await pool.query<TenantInfo>(`SELECT "sipRealm", language FROM "Tenant" WHERE id = $1`, [tenantId]);
    tenants.set(tenantId, { at: now(), info: rows[0] ?? null });
    return rows[0] ?? null;
  }

  const describeAgent = (agentId: string) => {
    const ext = extensions.get(agentId)?.ext;
    return ext ? { agentId, extension: ext.number, agentName: ext.name } : { agentId };
  };

  /** What the callers of this batch should know, from its events and commands. */
  function collectNotices(batch: TenantBatch): Array<{ callerSid: string; notice: CallerNotice }> {
    const notices: Array<{ callerSid: string; notice: CallerNotice }> = [];
    const at = batch.tenant.state.now;
    const trace = (callerSid: string, name: string, data: Record<string, unknown>) => notices.push({ callerSid, notice: { type: "trace", name, data, at } });
    for (const { event, offerBefore } of batch.events) {
      if (!offerBefore) continue;
      if (event.type === "offerFailed") {
        const cancelled = offerBefore.legs[event.agentId] === "cancelling";
        trace(offerBefore.callerId, "agentRang", { ...describeAgent(event.agentId), outcome: cancelled ? "cancelled" : event.reason, ringMs: Math.max(0, event.at - offerBefore.startedAt) });
      }
      if (event.type === "offerAnswered") trace(offerBefore.callerId, "agentAnswered", { ...describeAgent(event.agentId), ringMs: Math.max(0, event.at - offerBefore.startedAt) });
    }
    for (const command of batch.commands) {
      if (command.type === "ringAgent") trace(command.callerId, "agentRinging", { ...describeAgent(command.agentId), ringSeconds: command.ringSeconds, queueId: command.queueId });
      if (command.type === "removeCaller" || command.type === "refuseCaller") notices.push({ callerSid: command.callerId, notice: { type: "leave", reason: command.reason } });
    }
    return notices;
  }

  async function prepare(sql: SqlRunner, batch: TenantBatch): Promise<void> {
    const { tenantId } = batch.tenant;
    for (const command of batch.commands) {
      if (command.type === "ringAgent") {
        await readExtension(tenantId, command.agentId);
        await sql.query(
          `INSERT INTO "AcdLeg" (id, "tenantId", "offerId", "agentId", "callerSid", "queueId", status) VALUES ($1, $2, $3, $4, $5, $6, 'placing') ON CONFLICT (id) DO NOTHING`,
          [formatLegId(command.offerId, command.agentId), tenantId, command.offerId, command.agentId, command.callerId, command.queueId],
        );
      } else if (command.type === "bridge" || command.type === "releaseAgent") {
        const decision: LegDecision = command.type === "bridge" ? { type: "bridge", queueId: command.queueId, callerSid: command.callerId } : { type: "release", reason: command.reason };
        const legId = formatLegId(command.offerId, command.agentId);
        await sql.query(`UPDATE "AcdLeg" SET decision = $2::jsonb, status = $3, "answeredAt" = COALESCE("answeredAt", now()) WHERE id = $1 AND "tenantId" = $4`, [
          legId, JSON.stringify(decision), command.type === "bridge" ? "answered" : "released", tenantId,
        ]);
        await sql.query(`SELECT pg_notify($1, $2)`, [LEG_CHANNEL, JSON.stringify({ legId, decision })]);
      } else if (command.type === "agentAway") {
        await sql.query(
          `INSERT INTO "AgentPresence" ("extensionId", "tenantId", status, "awayReason", "updatedAt") SELECT id, "tenantId", 'away', $3, now() FROM "Extension" WHERE id = $1 AND "tenantId" = $2
           ON CONFLICT ("extensionId") DO UPDATE SET status = 'away', "awayReason" = $3, "updatedAt" = now()`,
          [command.agentId, tenantId, command.reason],
        );
      }
    }
    for (const { callerSid, notice } of collectNotices(batch)) {
      await sql.query(`SELECT pg_notify($1, $2)`, [CALLER_CHANNEL, JSON.stringify({ callerSid, notice })]);
    }
  }

  async function report(tenantId: string, event: Record<string, unknown> & { type: string }): Promise<void> {
    await submitAcdEvent(pool, tenantId, { at: now(), ...event }).catch((err: unknown) => log.error({ err: describe(err), event: event.type }, "could not report to the dispatcher"));
  }

  async function ringAgent(batch: TenantBatch, command: Extract<AcdCommand, { type: "ringAgent" }>): Promise<void> {
    const { tenantId } = batch.tenant;
    const legId = formatLegId(command.offerId, command.agentId);
    // Known at once, so a cancel carried out before jambonz answers waits for the call sid.
    legs.set(legId, {});
    const fail = async (why: string) => {
      log.warn({ tenant_id: tenantId, leg: legId, err: why }, "could not ring an agent");
      await pool.query(`UPDATE "AcdLeg" SET status = 'ended', outcome = 'failed', "endedAt" = now() WHERE id = $1`, [legId]).catch(() => {});
      await report(tenantId, { type: "offerFailed", offerId: command.offerId, agentId: command.agentId, reason: "failed" });
    };
    const [ext, tenant] = await Promise.all([readExtension(tenantId, command.agentId), readTenant(tenantId)]).catch(() => [null, null] as const);
    if (!ext || !tenant) {
      legs.delete(legId);
      return fail("the agent's extension or organisation is gone");
    }
    const tag: AgentLegTag = { centrala: "agentLeg", tenantId, offerId: command.offerId, agentId: command.agentId, callerSid: command.callerId, queueId: command.queueId, language: tenant.language };
    const from = batch.tenant.callers.get(command.callerId)?.from ?? "anonymous";
    try {
      const created = await jambonz.calls.create({
        from,
        to: ext.forwardTo ? { type: "phone", number: ext.forwardTo } : { type: "user", name: `${ext.number}@${tenant.sipRealm}` },
        call_hook: { url: opts.callHook.url, method: "WS", username: opts.callHook.username, password: opts.callHook.password },
        call_status_hook: { url: opts.statusHookUrl, method: "POST", username: opts.callHook.username, password: opts.callHook.password },
        timeout: command.ringSeconds,
        tag,
        speech_synthesis_vendor: "google", speech_synthesis_language: tenant.language, speech_synthesis_voice: "default",
        speech_recognizer_vendor: "google", speech_recognizer_language: tenant.language,
      });
      const leg = legs.get(legId) ?? {};
      leg.callSid = created.sid;
      log.debug({ leg: legId, call_sid: created.sid }, "agent leg placed");
      await pool.query(`UPDATE "AcdLeg" SET "callSid" = $2, status = CASE WHEN status = 'placing' THEN 'ringing' ELSE status END WHERE id = $1`, [legId, created.sid]);
      if (leg.cancel) await cancel(tenantId, legId, created.sid);
    } catch (err) {
      legs.delete(legId);
      await fail(describe(err));
    }
  }

  async function cancel(tenantId: string, legId: string, callSid: string): Promise<void> {
    try {
      await jambonz.calls.update(callSid, { call_status: "no-answer" });
    } catch (err) {
      // 422: answered already (its session:new reports it) or over (its status does): nothing to do.
      if (!(err instanceof JambonzApiError && (err.status === 422 || err.status === 404))) log.warn({ tenant_id: tenantId, leg: legId, err: describe(err) }, "could not cancel an agent leg");
    } finally {
      legs.delete(legId);
    }
  }

  async function cancelOffer(tenantId: string, command: Extract<AcdCommand, { type: "cancelOffer" }>): Promise<void> {
    const legId = formatLegId(command.offerId, command.agentId);
    const leg = legs.get(legId);
    if (leg && !leg.callSid) {
      leg.cancel = true;
      return;
    }
    let callSid = leg?.callSid;
    if (!callSid) {
      const { rows } = await pool.query<{ callSid: string | null }>(`SELECT "callSid" FROM "AcdLeg" WHERE id = $1`, [legId]);
      callSid = rows[0]?.callSid ?? undefined;
    }
    // Never placed (the leader that rang it is gone): it can only be reported as ended.
    if (!callSid) return report(tenantId, { type: "offerFailed", offerId: command.offerId, agentId: command.agentId, reason: "noAnswer" });
    await cancel(tenantId, legId, callSid);
  }

  return {
    prepare,
    legCallSid: (legId) => legs.get(legId)?.callSid,
    carryOut(batch) {
      for (const command of batch.commands) {
        const run = command.type === "ringAgent" ? ringAgent(batch, command) : command.type === "cancelOffer" ? cancelOffer(batch.tenant.tenantId, command) : null;
        run?.catch((err: unknown) => log.error({ err: describe(err), command: command.type }, "could not carry out a dispatcher command"));
      }
    },
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
