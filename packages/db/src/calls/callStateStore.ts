import type { Pool } from "pg";

type PendingWrite = { tenantId: string; state: string | null; waiters: Array<{ resolve: () => void; reject: (err: unknown) => void }> };

/**
 * Per-call engine state kept in PostgreSQL (an UNLOGGED table), keyed by call_sid, so a call whose
 * socket reconnects to another runtime instance carries on where it was. It sits on the call path
 * (saved after every answer to jambonz), so it uses pg directly and commits in groups: writes that
 * arrive while a batch is in flight wait for the next one, which carries all of them in one upsert
 * and one delete. Under light load a write goes out at once; under heavy load a few round trips
 * carry hundreds of calls' states. A later write for the same call replaces an earlier pending one.
 */
export function createCallStateStore(pool: Pool) {
  let pending = new Map<string, PendingWrite>();
  let writing = new Map<string, PendingWrite>();
  let inFlight: Promise<void> | null = null;

  function enqueue(callSid: string, tenantId: string, state: string | null): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const earlier = pending.get(callSid);
      if (earlier) {
        earlier.tenantId = tenantId;
        earlier.state = state;
        earlier.waiters.push({ resolve, reject });
      } else {
        pending.set(callSid, { tenantId, state, waiters: [{ resolve, reject }] });
      }
      if (!inFlight) inFlight = flushLoop();
    });
  }

  async function flushLoop(): Promise<void> {
    // Let the writes of this turn of the event loop join the first batch.
    await Promise.resolve();
    while (pending.size) {
      const batch = pending;
      writing = batch;
      pending = new Map();
      try {
        await writeBatch(batch);
        for (const write of batch.values()) for (const w of write.waiters) w.resolve();
      } catch (err) {
        for (const write of batch.values()) for (const w of write.waiters) w.reject(err);
      }
    }
    writing = new Map();
    inFlight = null;
  }

  // One JSON document per batch: pg sends it as a single text parameter (arrays of jsonb would be
  // escaped element by element on the event loop), and PostgreSQL unpacks it.
  async function writeBatch(batch: Map<string, PendingWrite>): Promise<void> {
    let saves = "";
    const removeSids: string[] = [];
    for (const [callSid, write] of batch) {
      if (write.state === null) removeSids.push(callSid);
      else saves += `${saves ? "," : ""}[${JSON.stringify(callSid)},${JSON.stringify(write.tenantId)},${write.state}]`;
    }
    const queries: Promise<unknown>[] = [];
    if (saves) {
      queries.push(pool.query({
        name: "call_state_save_batch",
        text: `INSERT INTO "CallState" ("callSid", "tenantId", "state", "updatedAt")
               SELECT v->>0, v->>1, v->2, now() FROM jsonb_array_elements($1::jsonb) AS v
               ON CONFLICT ("callSid") DO UPDATE SET "state" = EXCLUDED."state", "updatedAt" = now()`,
        values: [`[${saves}]`],
      }));
    }
    if (removeSids.length) {
      queries.push(pool.query({ name: "call_state_remove_batch", text: `DELETE FROM "CallState" WHERE "callSid" = ANY($1::text[])`, values: [removeSids] }));
    }
    // Each call appears once per batch, so the two statements touch different rows.
    const results = await Promise.allSettled(queries);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
  }

  return {
    /** Stores a call's state; resolves once it is committed. */
    save(callSid: string, tenantId: string, state: unknown): Promise<void> {
      return enqueue(callSid, tenantId, JSON.stringify(state));
    },
    async load(callSid: string): Promise<{ tenantId: string; state: unknown } | null> {
      // A write of this instance that is not committed yet is newer than the table.
      const local = pending.get(callSid) ?? writing.get(callSid);
      if (local) return local.state === null ? null : { tenantId: local.tenantId, state: JSON.parse(local.state) };
      const { rows } = await pool.query<{ tenantId: string; state: unknown }>({
        name: "call_state_load",
        text: `SELECT "tenantId", "state" FROM "CallState" WHERE "callSid" = $1`,
        values: [callSid],
      });
      return rows[0] ?? null;
    },
    /** Forgets a call's state (the call has ended). */
    remove(callSid: string): Promise<void> {
      return enqueue(callSid, "", null);
    },
    /** Resolves once every write asked for so far is committed (or has failed). */
    async drain(): Promise<void> {
      while (inFlight) await inFlight;
    },
  };
}

export type CallStateStore = ReturnType<typeof createCallStateStore>;
