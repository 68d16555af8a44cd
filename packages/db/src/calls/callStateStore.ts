import type { Pool } from "pg";

/** `groupMs`: the least time between two batches' starts (default 3 ms). */
export type CallStateStoreOptions = { groupMs?: number };

type PendingWrite = { tenantId: string; state: string | null; waiters: Array<{ resolve: () => void; reject: (err: unknown) => void }> };

/**
 * Per-call engine state kept in PostgreSQL (an UNLOGGED table), keyed by call_sid, so a call whose
 * socket reconnects to another runtime instance carries on where it was. It sits on the call path
 * (saved after every answer to jambonz), so it uses pg directly and commits in groups, as
 * PostgreSQL's own commit_delay does: one batch carries every call's latest write, and batches
 * start at most every `groupMs` milliseconds. Under light load a write goes out at once; under
 * heavy load a few hundred statements a second carry thousands of calls' states. A later write for
 * the same call replaces an earlier pending one. The runtime answers jambonz before saving, so the
 * wait only holds back that call's next message, which a caller is rarely quick enough to send
 * within it.
 */
export function createCallStateStore(pool: Pool, opts: CallStateStoreOptions = {}) {
  const groupMs = opts.groupMs ?? 3;
  let lastBatchAt = -Infinity;
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
      const wait = lastBatchAt + groupMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      lastBatchAt = performance.now();
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

  // One upsert and (if calls ended) one delete per batch, the rows sent as a single JSON document
  // that PostgreSQL unpacks (pg would escape arrays of jsonb element by element on the event loop).
  // The delete stays its own statement: inside the upsert, as a CTE, a prepared statement's generic
  // plan scans the whole table on every save. Each call appears once per batch, so the two
  // statements touch different rows.
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
