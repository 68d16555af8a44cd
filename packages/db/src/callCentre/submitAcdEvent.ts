import type { Db } from "../createPrismaClient";
import type { SqlRunner } from "./acdRecords";

/**
 * What the dispatcher may need beside the event itself (not part of the event): the caller's
 * number, shown on the agent's phone.
 */
export type AcdEventContext = { from?: string };

/** An event for the dispatcher as stored in AcdInbox: the @centrala/acd event, plus its context. */
export type AcdInboxEvent = { type: string; at: number; context?: AcdEventContext } & Record<string, unknown>;

/**
 * Hands an event to the call-centre dispatcher (whichever runtime instance leads it): one row in
 * AcdInbox, whose insert trigger wakes the dispatcher. For the runtime's call path (plain pg).
 */
export async function submitAcdEvent(sql: SqlRunner, tenantId: string, event: AcdInboxEvent): Promise<void> {
  await sql.query(`INSERT INTO "AcdInbox" ("tenantId", event) VALUES ($1, $2::jsonb)`, [tenantId, JSON.stringify(event)]);
}

/** The same through Prisma (the web app), optionally inside the caller's transaction. */
export async function submitAcdEventWithPrisma(prisma: Pick<Db, "$executeRaw">, tenantId: string, event: AcdInboxEvent): Promise<void> {
  await prisma.$executeRaw`INSERT INTO "AcdInbox" ("tenantId", event) VALUES (${tenantId}, ${JSON.stringify(event)}::jsonb)`;
}
