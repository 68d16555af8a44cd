import type { Pool } from "pg";

/**
 * Per-call engine state kept in PostgreSQL (an UNLOGGED table), keyed by call_sid, so a call whose
 * socket reconnects to another runtime instance carries on where it was. It sits on the call path
 * (saved before every answer to jambonz), so it uses pg's prepared statements directly.
 */
export function createCallStateStore(pool: Pool) {
  return {
    async save(callSid: string, tenantId: string, state: unknown): Promise<void> {
      await pool.query({
        name: "call_state_save",
        text: `INSERT INTO "CallState" ("callSid", "tenantId", "state", "updatedAt") VALUES ($1, $2, $3::jsonb, now())
               ON CONFLICT ("callSid") DO UPDATE SET "state" = EXCLUDED."state", "updatedAt" = now()`,
        values: [callSid, tenantId, JSON.stringify(state)],
      });
    },
    async load(callSid: string): Promise<{ tenantId: string; state: unknown } | null> {
      const { rows } = await pool.query<{ tenantId: string; state: unknown }>({
        name: "call_state_load",
        text: `SELECT "tenantId", "state" FROM "CallState" WHERE "callSid" = $1`,
        values: [callSid],
      });
      return rows[0] ?? null;
    },
    async remove(callSid: string): Promise<void> {
      await pool.query({ name: "call_state_remove", text: `DELETE FROM "CallState" WHERE "callSid" = $1`, values: [callSid] });
    },
  };
}

export type CallStateStore = ReturnType<typeof createCallStateStore>;
