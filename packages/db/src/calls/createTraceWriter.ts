import type { Pool } from "pg";

export type CallStart = {
  id: string; tenantId: string; callSid: string; flowId: string | null; flowVersionId: string | null;
  fromNumber: string; toNumber: string; direction: string; isTest: boolean; startedAt: Date;
};
export type CallTraceEvent = { tenantId: string; callId: string; seq: number; at: Date; type: string; nodeId: string | null; data: Record<string, unknown> };
export type CallEnd = { id: string; endedAt: Date; outcome: string; answeredAt: Date | null };

export type TraceWriterOptions = { flushIntervalMs?: number; maxBatch?: number; onError?: (err: unknown) => void };

/**
 * Writes call rows and trace events off the call path: buffered in memory and flushed in batches,
 * kept on failure and retried, and drained completely by close() so nothing is lost on shutdown.
 */
export function createTraceWriter(pool: Pool, opts: TraceWriterOptions = {}) {
  const flushIntervalMs = opts.flushIntervalMs ?? 200;
  const maxBatch = opts.maxBatch ?? 1000;
  // A call has a handful of trace events, so an event batch is larger than a call batch.
  const maxEventBatch = maxBatch * 5;
  let starts: CallStart[] = [];
  let events: CallTraceEvent[] = [];
  let ends: CallEnd[] = [];
  let flushing: Promise<void> | null = null;
  let closed = false;
  // Each tick writes what has gathered since the last one; a busy runtime thus sends three
  // statements per tick rather than chasing its own new rows from one round trip to the next.
  const timer = setInterval(() => void flush(false).catch(() => {}), flushIntervalMs);
  timer.unref?.();

  // One statement per table per batch, each batch sent as a single JSON document that PostgreSQL
  // unpacks into rows: one JSON.stringify on the event loop instead of pg escaping every element of
  // a dozen arrays. (Dates serialise as ISO text, which PostgreSQL reads into the timestamp columns.)
  async function writeBatch(s: CallStart[], e: CallTraceEvent[], en: CallEnd[]) {
    if (s.length) {
      await pool.query({
        name: "trace_calls_insert_json",
        text: `INSERT INTO "Call" ("id", "tenantId", "callSid", "flowId", "flowVersionId", "fromNumber", "toNumber", "direction", "isTest", "startedAt")
               SELECT * FROM json_to_recordset($1::json) AS x("id" text, "tenantId" text, "callSid" text, "flowId" text, "flowVersionId" text,
                 "fromNumber" text, "toNumber" text, "direction" text, "isTest" bool, "startedAt" timestamp)
               ON CONFLICT DO NOTHING`,
        values: [JSON.stringify(s)],
      });
    }
    if (e.length) {
      await pool.query({
        name: "trace_events_insert_json",
        text: `INSERT INTO "CallEvent" ("tenantId", "callId", "seq", "at", "type", "nodeId", "data")
               SELECT * FROM json_to_recordset($1::json) AS x("tenantId" text, "callId" text, "seq" int, "at" timestamp, "type" text, "nodeId" text, "data" jsonb)
               ON CONFLICT DO NOTHING`,
        values: [JSON.stringify(e)],
      });
    }
    if (en.length) {
      await pool.query({
        name: "trace_calls_end_json",
        text: `UPDATE "Call" AS c SET "endedAt" = v."endedAt", "outcome" = v."outcome", "answeredAt" = COALESCE(v."answeredAt", c."answeredAt")
               FROM json_to_recordset($1::json) AS v("id" text, "endedAt" timestamp, "outcome" text, "answeredAt" timestamp)
               WHERE c.id = v.id`,
        values: [JSON.stringify(en)],
      });
    }
  }

  async function flushOnce(): Promise<void> {
    const s = starts.splice(0, maxBatch);
    const e = events.splice(0, maxEventBatch);
    const en = ends.splice(0, maxBatch);
    if (!s.length && !e.length && !en.length) return;
    try {
      await writeBatch(s, e, en);
    } catch (err) {
      // Put the batch back in front so order is kept, and try again on the next tick.
      starts = s.concat(starts);
      events = e.concat(events);
      ends = en.concat(ends);
      opts.onError?.(err);
      throw err;
    }
  }

  const anyLeft = () => starts.length > 0 || events.length > 0 || ends.length > 0;
  const fullBatchLeft = () => starts.length >= maxBatch || events.length >= maxEventBatch || ends.length >= maxBatch;

  /** Writes everything buffered (`all`), or one batch and then only while full batches wait. */
  async function drain(all: boolean): Promise<void> {
    do await flushOnce();
    while (all ? anyLeft() : fullBatchLeft());
  }

  function flush(all = true): Promise<void> {
    if (flushing) return all ? flushing.then(() => flush(true)) : flushing;
    // Assign before draining: a drain with nothing to do finishes synchronously.
    const run = drain(all).finally(() => { if (flushing === run) flushing = null; });
    flushing = run;
    return run;
  }

  return {
    callStarted(call: CallStart) { starts.push(call); },
    event(event: CallTraceEvent) { events.push(event); },
    callEnded(end: CallEnd) { ends.push(end); },
    pending: () => starts.length + events.length + ends.length,
    /** Writes everything buffered so far. */
    flush: () => flush(true),
    /** Stops the timer and writes everything still buffered, retrying a few times. */
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          if (flushing) await flushing.catch(() => {});
          await flush();
          return;
        } catch {
          await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
        }
      }
      throw new Error(`Could not write ${starts.length + events.length + ends.length} call record(s) before shutdown`);
    },
  };
}

export type TraceWriter = ReturnType<typeof createTraceWriter>;
