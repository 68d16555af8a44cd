import type { Db } from "../createPrismaClient";

/**
 * Per-call engine state kept in PostgreSQL, keyed by call_sid, so a call whose socket reconnects to
 * another runtime instance carries on where it was.
 */
export function createCallStateStore(prisma: Db) {
  return {
    async save(callSid: string, tenantId: string, state: unknown): Promise<void> {
      const json = JSON.stringify(state);
      await prisma.$executeRaw`
        INSERT INTO "CallState" ("callSid", "tenantId", "state", "updatedAt") VALUES (${callSid}, ${tenantId}, ${json}::jsonb, now())
        ON CONFLICT ("callSid") DO UPDATE SET "state" = EXCLUDED."state", "updatedAt" = now()`;
    },
    async load(callSid: string): Promise<{ tenantId: string; state: unknown } | null> {
      const rows = await prisma.$queryRaw<{ tenantId: string; state: unknown }[]>`
        SELECT "tenantId", "state" FROM "CallState" WHERE "callSid" = ${callSid}`;
      return rows[0] ?? null;
    },
    async remove(callSid: string): Promise<void> {
      await prisma.$executeRaw`DELETE FROM "CallState" WHERE "callSid" = ${callSid}`;
    },
  };
}

export type CallStateStore = ReturnType<typeof createCallStateStore>;
