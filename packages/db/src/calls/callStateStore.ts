import type { Pool } from "pg";
import { isTransientDbError } from "./isTransientDbError";

/**
 * `groupMs`: the least time between two batches' starts (default 3 ms). `instanceId`: the runtime
 * instance the store saves for (default "local").
 */
export type CallStateStoreOptions = { groupMs?: number; instanceId?: string; onError?: (err: unknown) => void };

type Waiter = { resolve: () => void; reject: (err: unknown) => void };
/**
 * One call's writes waiting for the next batch, merged: the latest state (or its removal), and
 * whether this instance takes the call over (`claim`) or lets it go (`detach`).
 */
type PendingWrite = { tenantId: string; state: string | null | undefined; claim: boolean; detach: boolean; waiters: Waiter[] };

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
 *
 * Each row names the instance carrying the call. A save only overwrites a row of its own instance
 * (a call another instance took over is not dragged back by a late write); `claim` takes a row
 * over; `detach` marks the call's socket closed, for the reaper. When the database is away the
 * writes are kept (latest per call) and retried with backoff; `isHealthy()` tells callers not to
 * wait for them meanwhile.
 */
export function createCallStateStore(pool: Pool, opts: CallStateStoreOptions = {}) {
  const groupMs = opts.groupMs ?? 3;
  const instanceId = opts.instanceId ?? "local";
  let lastBatchAt = -Infinity;
  let pending = new Map<string, PendingWrite>();
  let writing = new Map<string, PendingWrite>();
  let inFlight: Promise<void> | null = null;
  let healthy = true;
  let failures = 0;
  let onUnhealthy: Array<() => void> = [];

  function enqueue(callSid: string, tenantId: string, change: { state?: string | null; claim?: boolean; detach?: boolean }): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const write = pending.get(callSid);
      if (write) {
        if (tenantId) write.tenantId = tenantId;
        if (change.state !== undefined) write.state = change.state;
        write.claim ||= change.claim ?? false;
        // A save after a detach (the call came back) undoes it; a detach after a save keeps both.
        write.detach = change.detach ?? (change.state !== undefined ? false : write.detach);
        write.waiters.push({ resolve, reject });
      } else {
        pending.set(callSid, { tenantId, state: change.state, claim: change.claim ?? false, detach: change.detach ?? false, waiters: [{ resolve, reject }] });
      }
      if (!inFlight) inFlight = flushLoop();
    });
  }

  async function flushLoop(): Promise<void> {
    // Let the writes of this turn of the event loop join the first batch.
    await Promise.resolve();
    while (pending.size) {
      const wait = lastBatchAt + (failures ? Math.min(5000, 100 * 2 ** Math.min(failures - 1, 6)) : groupMs) - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      lastBatchAt = performance.now();
      const batch = pending;
      writing = batch;
      pending = new Map();
      try {
        await writeBatch(batch);
        healthy = true;
        failures = 0;
        for (const write of batch.values()) for (const w of write.waiters) w.resolve();
      } catch (err) {
        opts.onError?.(err);
        if (!isTransientDbError(err)) {
          for (const write of batch.values()) for (const w of write.waiters) w.reject(err);
          continue;
        }
        // The database is away: keep every write (a newer pending one wins) and try again later.
        healthy = false;
        for (const notify of onUnhealthy) notify();
        onUnhealthy = [];
        failures++;
        for (const [callSid, write] of batch) {
          const newer = pending.get(callSid);
          if (!newer) pending.set(callSid, write);
          else {
            if (newer.state === undefined) newer.state = write.state;
            newer.claim ||= write.claim;
            newer.waiters.unshift(...write.waiters);
          }
        }
      }
    }
    writing = new Map();
    inFlight = null;
  }

  // One statement per kind of write per batch, the rows sent as a single JSON document that
  // PostgreSQL unpacks (pg would escape arrays of jsonb element by element on the event loop).
  // Claims and saves first, then removals and detaches, which must see them. Each call appears once
  // per batch, so the statements touch different rows. (The removal stays its own statement: inside
  // the upsert, as a CTE, a prepared statement's generic plan scans the whole table on every save.)
  async function writeBatch(batch: Map<string, PendingWrite>): Promise<void> {
    let saves = "";
    let claims = "";
    const removeSids: string[] = [];
    const detachSids: string[] = [];
    for (const [callSid, write] of batch) {
      if (write.state === null) removeSids.push(callSid);
      else if (write.state !== undefined) {
        const row = `[${JSON.stringify(callSid)},${JSON.stringify(write.tenantId)},${write.state}]`;
        if (write.claim) claims += `${claims ? "," : ""}${row}`;
        else saves += `${saves ? "," : ""}${row}`;
      }
      if (write.detach && write.state !== null) detachSids.push(callSid);
    }
    const upserts: Promise<unknown>[] = [];
    if (saves) upserts.push(upsert("call_state_save_batch", saves, `WHERE "CallState"."instanceId" IS NOT DISTINCT FROM EXCLUDED."instanceId"`));
    if (claims) upserts.push(upsert("call_state_claim_batch", claims, ""));
    await settleAll(upserts);
    const after: Promise<unknown>[] = [];
    if (removeSids.length) {
      after.push(pool.query({ name: "call_state_remove_batch", text: `DELETE FROM "CallState" WHERE "callSid" = ANY($1::text[]) AND "instanceId" IS NOT DISTINCT FROM $2`, values: [removeSids, instanceId] }));
    }
    if (detachSids.length) {
      after.push(pool.query({
        name: "call_state_detach_batch",
        text: `UPDATE "CallState" SET "detachedAt" = now() AT TIME ZONE 'UTC' WHERE "callSid" = ANY($1::text[]) AND "instanceId" IS NOT DISTINCT FROM $2`,
        values: [detachSids, instanceId],
      }));
    }
    await settleAll(after);
  }

  function upsert(name: string, rows: string, guard: string) {
    return pool.query({
      name,
      text: `INSERT INTO "CallState" ("callSid", "tenantId", "state", "updatedAt", "instanceId", "detachedAt")
             SELECT v->>0, v->>1, v->2, now() AT TIME ZONE 'UTC', $2, NULL FROM jsonb_array_elements($1::jsonb) AS v
             ON CONFLICT ("callSid") DO UPDATE SET "state" = EXCLUDED."state", "updatedAt" = EXCLUDED."updatedAt",
               "instanceId" = EXCLUDED."instanceId", "detachedAt" = NULL ${guard}`,
      values: [`[${rows}]`, instanceId],
    });
  }

  return {
    instanceId,
    /** Stores a call's state; resolves once it is committed. */
    save(callSid: string, tenantId: string, state: unknown): Promise<void> {
      return enqueue(callSid, tenantId, { state: JSON.stringify(state) });
    },
    /** Stores a call's state and takes the call over from whichever instance carried it. */
    claim(callSid: string, tenantId: string, state: unknown): Promise<void> {
      return enqueue(callSid, tenantId, { state: JSON.stringify(state), claim: true });
    },
    /** Marks that this instance's socket for the call closed before the call ended. */
    detach(callSid: string): Promise<void> {
      return enqueue(callSid, "", { detach: true });
    },
    async load(callSid: string): Promise<{ tenantId: string; state: unknown } | null> {
      // A write of this instance that is not committed yet is newer than the table.
      const local = pending.get(callSid) ?? writing.get(callSid);
      if (local && local.state !== undefined) return local.state === null ? null : { tenantId: local.tenantId, state: JSON.parse(local.state) };
      const { rows } = await pool.query<{ tenantId: string; state: unknown }>({
        name: "call_state_load",
        text: `SELECT "tenantId", "state" FROM "CallState" WHERE "callSid" = $1`,
        values: [callSid],
      });
      return rows[0] ?? null;
    },
    /** Forgets a call's state (the call has ended and its records are written). */
    remove(callSid: string): Promise<void> {
      return enqueue(callSid, "", { state: null });
    },
    /** False while writes cannot reach the database (they are kept and retried): do not wait for them. */
    isHealthy: () => healthy,
    /** Resolves as soon as the store finds the database away (at once if it already is). */
    whenUnhealthy(): Promise<void> {
      return healthy ? new Promise<void>((resolve) => onUnhealthy.push(resolve)) : Promise.resolve();
    },
    /** Writes waiting for the database. */
    pending: () => pending.size + writing.size,
    /** Resolves once every write asked for so far is committed (or has failed), or after `patienceMs` (the database is away). */
    async drain(patienceMs = Infinity): Promise<void> {
      const deadline = performance.now() + patienceMs;
      while (inFlight && performance.now() < deadline) {
        await Promise.race([inFlight, new Promise((r) => setTimeout(r, Math.min(250, Math.max(0, deadline - performance.now()))))]);
      }
    },
  };
}

async function settleAll(queries: Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(queries);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}

export type CallStateStore = ReturnType<typeof createCallStateStore>;
