import type { Pool } from "pg";
import { isTransientDbError } from "./isTransientDbError";
import { RefusedRowsError, writeCallEnds, writeCallEvents, writeCallStarts } from "./writeCallRecords";

export type CallStart = {
  id: string; tenantId: string; callSid: string; flowId: string | null; flowVersionId: string | null;
  fromNumber: string; toNumber: string; direction: string; isTest: boolean; startedAt: Date;
};
export type CallTraceEvent = { tenantId: string; callId: string; seq: number; at: Date; type: string; nodeId: string | null; data: Record<string, unknown> };
export type CallEnd = { id: string; endedAt: Date; outcome: string; answeredAt: Date | null };

/** Which record a quarantine or drop is about; never its data (a trace may hold what a caller typed). */
export type RecordKind = "call" | "event" | "end";

export type TraceWriterOptions = {
  flushIntervalMs?: number;
  /** Call rows (and call ends) per statement; event rows per statement are five times as many. */
  maxBatch?: number;
  /** Records kept in memory at most; beyond it new records are dropped, loudly (default 250,000). */
  maxPending?: number;
  /** The database could not be reached or answered with a passing error; the batch is kept and retried. */
  onError?: (err: unknown) => void;
  /** The database refused one record outright; it is set aside so that the records behind it are written. */
  onQuarantine?: (kind: RecordKind, callId: string, reason: string) => void;
  /** The buffer is full and `count` new records were dropped. */
  onDropped?: (kind: RecordKind, count: number) => void;
};

type PendingEnd = { end: CallEnd; written: () => void };

/**
 * Writes call rows and trace events off the call path: buffered in memory and written in batches
 * once per tick. Nothing one call does can stop the records of the others:
 * - an outage (connection lost, server restarting) keeps every batch and retries it, with backoff;
 * - a record the database refuses (a conflicting call id, text it cannot store) is found by
 *   splitting the batch, set aside with a report (`onQuarantine`), and the rest is written;
 * - an event or a call's end waits while its call row is still buffered, so the foreign key never
 *   refuses it for being early;
 * - the buffer has a bound (`maxPending`); past it new records are dropped and reported.
 * Writing the same call, event or end twice is harmless (a call resumed on another runtime instance
 * sends its unconfirmed records again).
 */
export function createTraceWriter(pool: Pool, opts: TraceWriterOptions = {}) {
  const flushIntervalMs = opts.flushIntervalMs ?? 200;
  const maxBatch = opts.maxBatch ?? 1000;
  // A call has a handful of trace events, so an event batch is larger than a call batch. A round
  // writes up to two event batches side by side, on two connections (two server processes).
  const maxEventBatch = maxBatch * 5;
  const eventBatchesPerRound = 2;
  const maxPending = opts.maxPending ?? 250_000;
  let starts: CallStart[] = [];
  let events: CallTraceEvent[] = [];
  let ends: PendingEnd[] = [];
  /** Calls whose row is buffered (not yet written): their events and ends wait for it. */
  const unwrittenCalls = new Set<string>();
  /** Calls the database refused: their events and ends can never be written. */
  const refusedCalls = new Set<string>();
  /** Per call whose row this writer wrote, the highest event seq written so far (-1: none yet). */
  const writtenSeq = new Map<string, number>();
  let flushing: Promise<void> | null = null;
  let closed = false;
  let retryAt = 0;
  let failures = 0;
  // Each tick writes what has gathered since the last one; a busy runtime thus sends a few
  // statements per tick rather than chasing its own new rows from one round trip to the next.
  const timer = setInterval(() => {
    if (performance.now() >= retryAt) void flush(false).catch(() => {});
  }, flushIntervalMs);
  timer.unref?.();

  function quarantine(kind: RecordKind, callId: string, err: unknown) {
    opts.onQuarantine?.(kind, callId, err instanceof Error ? err.message : String(err));
  }

  /**
   * Writes rows with `write`; a refused batch is split until the refused rows are alone, and those
   * are quarantined. Errors that say nothing about the rows (the database is away) are rethrown.
   */
  async function writeSplitting<T>(rows: T[], kind: RecordKind, callIdOf: (row: T) => string, write: (rows: T[]) => Promise<void>): Promise<void> {
    if (!rows.length) return;
    try {
      await write(rows);
    } catch (err) {
      if (isTransientDbError(err)) throw err;
      if (rows.length === 1) {
        quarantine(kind, callIdOf(rows[0]!), err);
        if (kind === "call") {
          // Bounded: the set only guards a call's own later rows, which follow it closely.
          if (refusedCalls.size >= 10_000) refusedCalls.clear();
          refusedCalls.add(callIdOf(rows[0]!));
        }
        return;
      }
      const half = Math.ceil(rows.length / 2);
      await writeSplitting(rows.slice(0, half), kind, callIdOf, write);
      await writeSplitting(rows.slice(half), kind, callIdOf, write);
    }
  }

  /** Takes up to `limit` items whose call is written, leaving the others (in order) for later. */
  function takeReady<T>(from: T[], limit: number, callIdOf: (item: T) => string): { taken: T[]; left: T[]; refused: T[] } {
    const taken: T[] = [];
    const refused: T[] = [];
    let i = 0;
    let left: T[] | null = null;
    for (; i < from.length && taken.length < limit; i++) {
      const item = from[i]!;
      const callId = callIdOf(item);
      if (refusedCalls.has(callId)) refused.push(item);
      else if (unwrittenCalls.has(callId)) (left ??= []).push(item);
      else taken.push(item);
    }
    if (left === null && i === from.length) return { taken, left: [], refused };
    return { taken, left: (left ?? []).concat(i === 0 ? from : from.slice(i)), refused };
  }

  async function flushOnce(): Promise<void> {
    const s = starts.splice(0, maxBatch);
    // The calls of this batch are written first: their events and ends may go in the same round.
    for (const call of s) unwrittenCalls.delete(call.id);
    const e = takeReady(events, maxEventBatch * eventBatchesPerRound, (ev) => ev.callId);
    const en = takeReady(ends, maxBatch, (pe) => pe.end.id);
    events = e.left;
    ends = en.left;
    setAsideForRefusedCalls(e.refused, en.refused);
    if (!s.length && !e.taken.length && !en.taken.length) return;
    try {
      await writeSplitting(s, "call", (c) => c.id, async (rows) => {
        const conflicts = await writeCallStarts(pool, rows);
        // Another call already holds one of these call sids (a repeated session:new): refuse it.
        if (conflicts.length) throw new RefusedRowsError(`another call already has call sid ${conflicts[0]}`, "23505");
      });
    } catch (err) {
      for (const call of s) unwrittenCalls.add(call.id);
      starts = s.concat(starts);
      events = e.taken.concat(events);
      ends = en.taken.concat(ends);
      throw noteFailure(err);
    }
    for (const call of s) if (!refusedCalls.has(call.id) && !writtenSeq.has(call.id)) writtenSeq.set(call.id, -1);
    // Rows of calls refused just now can never be written.
    const eventRows = e.taken.filter((ev) => !refusedCalls.has(ev.callId));
    const endRows = en.taken.filter((pe) => !refusedCalls.has(pe.end.id));
    setAsideForRefusedCalls(e.taken.filter((ev) => refusedCalls.has(ev.callId)), en.taken.filter((pe) => refusedCalls.has(pe.end.id)));
    // Events and ends both need the call rows, not each other: write them side by side.
    const eventChunks: CallTraceEvent[][] = [];
    for (let i = 0; i < eventRows.length; i += maxEventBatch) eventChunks.push(eventRows.slice(i, i + maxEventBatch));
    const [eventsResult, endsResult] = await Promise.allSettled([
      Promise.all(eventChunks.map((chunk) => writeSplitting(chunk, "event", (ev) => ev.callId, (rows) => writeCallEvents(pool, rows)))),
      writeSplitting(endRows, "end", (pe) => pe.end.id, (rows) => writeCallEnds(pool, rows.map((pe) => pe.end))),
    ]);
    if (eventsResult.status === "fulfilled") noteWritten(eventRows);
    else events = eventRows.concat(events);
    // An end counts as written once the call's events written with it are too (whoever waits for
    // it may then forget the call's state); otherwise it is written again with them.
    if (endsResult.status === "fulfilled" && eventsResult.status === "fulfilled") for (const pe of endRows) pe.written();
    else ends = endRows.concat(ends);
    if (eventsResult.status === "rejected") throw noteFailure(eventsResult.reason);
    if (endsResult.status === "rejected") throw noteFailure(endsResult.reason);
    failures = 0;
    retryAt = 0;
  }

  /** Backs off (100 ms, doubling to 5 s) after a batch that could not be written, and reports it. */
  function noteFailure(err: unknown): unknown {
    failures++;
    retryAt = performance.now() + Math.min(5000, 100 * 2 ** Math.min(failures - 1, 6));
    opts.onError?.(err);
    return err;
  }

  /** Events and ends of refused calls: one report per call, and the ends count as done. */
  function setAsideForRefusedCalls(refusedEvents: CallTraceEvent[], refusedEnds: PendingEnd[]) {
    const reported = new Set<string>();
    for (const ev of refusedEvents) {
      if (!reported.has(ev.callId)) quarantine("event", ev.callId, "its call was refused");
      reported.add(ev.callId);
    }
    for (const pe of refusedEnds) {
      quarantine("end", pe.end.id, "its call was refused");
      pe.written();
    }
  }

  function noteWritten(written: CallTraceEvent[]) {
    for (const ev of written) {
      const seen = writtenSeq.get(ev.callId);
      if (seen === undefined || ev.seq > seen) writtenSeq.set(ev.callId, ev.seq);
    }
  }

  const anyLeft = () => starts.length > 0 || events.length > 0 || ends.length > 0;
  const fullBatchLeft = () => starts.length >= maxBatch || events.length >= maxEventBatch * eventBatchesPerRound || ends.length >= maxBatch;

  /** Writes everything buffered (`all`), or one batch and then only while full batches wait. */
  async function drain(all: boolean): Promise<void> {
    do await flushOnce();
    while (all ? anyLeft() : fullBatchLeft());
  }

  function flush(all = true): Promise<void> {
    if (flushing) return all ? flushing.then(() => flush(true), () => flush(true)) : flushing;
    // Assign before draining: a drain with nothing to do finishes synchronously.
    const run = drain(all).finally(() => { if (flushing === run) flushing = null; });
    flushing = run;
    return run;
  }

  const pendingCount = () => starts.length + events.length + ends.length;
  let droppedSinceReport: Record<RecordKind, number> = { call: 0, event: 0, end: 0 };
  let lastDropReport = -Infinity;
  function hasRoom(kind: RecordKind): boolean {
    if (pendingCount() < maxPending) return true;
    droppedSinceReport[kind]++;
    const now = performance.now();
    if (now - lastDropReport >= 10_000) {
      lastDropReport = now;
      for (const [k, count] of Object.entries(droppedSinceReport) as [RecordKind, number][]) if (count) opts.onDropped?.(k, count);
      droppedSinceReport = { call: 0, event: 0, end: 0 };
    }
    return false;
  }

  return {
    callStarted(call: CallStart) {
      if (!hasRoom("call")) return;
      unwrittenCalls.add(call.id);
      starts.push(call);
    },
    event(event: CallTraceEvent) {
      if (hasRoom("event")) events.push(event);
    },
    /** Buffers a call's end; resolves once it is written (or set aside as refused). */
    callEnded(end: CallEnd): Promise<void> {
      return new Promise<void>((resolve) => {
        if (hasRoom("end")) ends.push({ end, written: resolve });
        // A dropped end leaves the call to the reaper, which closes it from the stored state.
        else resolve();
      });
    },
    /** The highest event seq of a call known to be written, or -1. */
    writtenThrough: (callId: string) => writtenSeq.get(callId) ?? -1,
    /** Whether this writer has written the call's row. */
    isCallWritten: (callId: string) => writtenSeq.has(callId),
    /** Forgets the bookkeeping of a call this instance no longer carries. */
    forget(callId: string) {
      writtenSeq.delete(callId);
      refusedCalls.delete(callId);
    },
    pending: pendingCount,
    /** Writes everything buffered so far. */
    flush: () => flush(true),
    /** Stops the timer and writes everything still buffered, retrying for up to `patienceMs`. */
    async close(patienceMs = 10_000): Promise<void> {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      const deadline = performance.now() + patienceMs;
      for (;;) {
        try {
          if (flushing) await flushing.catch(() => {});
          await flush();
          return;
        } catch {
          if (performance.now() >= deadline) break;
          await new Promise((r) => setTimeout(r, Math.max(50, Math.min(1000, retryAt - performance.now()))));
        }
      }
      throw new Error(`Could not write ${pendingCount()} call record(s) before shutdown`);
    },
  };
}

export type TraceWriter = ReturnType<typeof createTraceWriter>;
