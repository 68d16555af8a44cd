import { submitAcdEvent, type AcdInboxEvent, type SqlRunner } from "@centrala/db";
import type { AgentLegTag } from "./agentLegTag";
import { formatLegId } from "./agentLegTag";

/**
 * What happened to an agent leg, reported to the dispatcher exactly once whoever hears it first
 * (jambonz's status webhook on any instance, the leg's socket): each report flips the leg's row
 * (AcdLeg.status) and only the instance whose update flipped it tells the dispatcher. A duplicate
 * "call ended" arriving after the agent took the next call would otherwise end that call.
 */
export async function reportLegAnswered(pool: SqlRunner, tag: AgentLegTag, at: number): Promise<boolean> {
  // One statement: the leg's row stays locked until "answered" is in the dispatcher's inbox, so an
  // "ended" heard meanwhile on another instance (it locks the row first) always queues after it,
  // never before, which would leave the agent on a call that is over.
  const event: AcdInboxEvent = { type: "offerAnswered", at, offerId: tag.offerId, agentId: tag.agentId };
  const { rows } = await pool.query(
    `WITH flipped AS (
       UPDATE "AcdLeg" SET status = 'answered', "answeredAt" = now() WHERE id = $1 AND "tenantId" = $2 AND status IN ('placing', 'ringing') RETURNING id
     )
     INSERT INTO "AcdInbox" ("tenantId", event) SELECT $2, $3::jsonb FROM flipped RETURNING id`,
    [formatLegId(tag.offerId, tag.agentId), tag.tenantId, JSON.stringify(event)],
  );
  return rows.length > 0;
}

/** The leg is ringing (jambonz 180). */
export async function reportLegRinging(pool: SqlRunner, tag: AgentLegTag, callSid: string): Promise<void> {
  await pool.query(`UPDATE "AcdLeg" SET status = 'ringing', "callSid" = COALESCE("callSid", $3) WHERE id = $1 AND "tenantId" = $2 AND status = 'placing'`, [
    formatLegId(tag.offerId, tag.agentId), tag.tenantId, callSid,
  ]);
}

const failures = { busy: "busy", "no-answer": "noAnswer", failed: "failed" } as const;

/**
 * The leg is over: unanswered (`busy`, `no-answer` — our own cancel included —, `failed`) reports
 * `offerFailed`; after an answer, `agentCallEnded` (the agent is free, or in wrap-up).
 */
export async function reportLegEnded(pool: SqlRunner, tag: AgentLegTag, status: string, at: number): Promise<void> {
  const { rows } = await pool.query<{ was: string; answered: boolean }>(
    `UPDATE "AcdLeg" l SET status = 'ended', outcome = $3, "endedAt" = now()
       FROM (SELECT id, status AS was FROM "AcdLeg" WHERE id = $1 AND "tenantId" = $2 FOR UPDATE) o
      WHERE l.id = o.id AND o.was <> 'ended' RETURNING o.was, (l."answeredAt" IS NOT NULL) AS answered`,
    [formatLegId(tag.offerId, tag.agentId), tag.tenantId, status],
  );
  const flipped = rows[0];
  if (!flipped) return;
  if (flipped.answered) return submitAcdEvent(pool, tag.tenantId, { type: "agentCallEnded", at, agentId: tag.agentId });
  // Never answered as far as the dispatcher knows (a leg whose app never started ends `completed`).
  const reason = status in failures ? failures[status as keyof typeof failures] : "failed";
  await submitAcdEvent(pool, tag.tenantId, { type: "offerFailed", at, offerId: tag.offerId, agentId: tag.agentId, reason });
}
