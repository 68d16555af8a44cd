import type { AcdEventInput, QueueStrategy } from "@centrala/acd";
import type { SqlRunner } from "@centrala/db";

/** The queue screen's strategy names (stored enum) in the dispatcher's words. */
const strategyOf: Record<string, QueueStrategy> = {
  ringAll: "simultaneous", inOrder: "sequential", roundRobin: "roundRobin", longestIdle: "longestIdle", fewestCalls: "fewestCalls",
};

type QueueRow = { id: string; strategy: string; ringSeconds: number; wrapUpSeconds: number };

/**
 * A queue as the dispatcher is told it (`queueConfigured`), read from the queue's row and its
 * members, or `queueRemoved` when it no longer exists (for this tenant). The longest wait is the
 * flow's (each caller's `callerJoined` brings its queue step's), so the queue itself sets none.
 */
export async function readQueueConfig(sql: SqlRunner, tenantId: string, queueId: string, at: number): Promise<AcdEventInput> {
  const { rows } = await sql.query<QueueRow>(`SELECT id, strategy::text AS strategy, "ringSeconds", "wrapUpSeconds" FROM "Queue" WHERE id = $1 AND "tenantId" = $2`, [queueId, tenantId]);
  const queue = rows[0];
  if (!queue) return { type: "queueRemoved", at, queueId };
  const members = await sql.query<{ extensionId: string; penalty: number; position: number }>(
    `SELECT "extensionId", penalty, position FROM "QueueMember" WHERE "queueId" = $1 AND "tenantId" = $2 ORDER BY position, "extensionId"`,
    [queueId, tenantId],
  );
  return {
    type: "queueConfigured", at, queueId,
    settings: {
      strategy: strategyOf[queue.strategy] ?? "sequential",
      ringSeconds: Math.min(300, Math.max(5, queue.ringSeconds)),
      wrapUpSeconds: Math.min(3600, Math.max(0, queue.wrapUpSeconds)),
    },
    members: members.rows.map((m) => ({ agentId: m.extensionId, penalty: Math.min(100, Math.max(0, m.penalty)), position: m.position })),
  };
}

/** Ids of the tenant's queues. */
export async function listQueueIds(sql: SqlRunner, tenantId: string): Promise<string[]> {
  const { rows } = await sql.query<{ id: string }>(`SELECT id FROM "Queue" WHERE "tenantId" = $1 ORDER BY id`, [tenantId]);
  return rows.map((row) => row.id);
}

/** The tenant's agents' presence as the dispatcher's events (extensions without a row are offline). */
export async function readPresenceEvents(sql: SqlRunner, tenantId: string, at: number): Promise<AcdEventInput[]> {
  const { rows } = await sql.query<{ extensionId: string; status: string; awayReason: string | null }>(
    `SELECT "extensionId", status::text AS status, "awayReason" FROM "AgentPresence" WHERE "tenantId" = $1 ORDER BY "extensionId"`,
    [tenantId],
  );
  return rows.map((row): AcdEventInput => row.status === "available" ? { type: "agentAvailable", at, agentId: row.extensionId }
    : row.status === "away" ? { type: "agentAway", at, agentId: row.extensionId, reason: row.awayReason || "break" }
    : { type: "agentLoggedOut", at, agentId: row.extensionId });
}
