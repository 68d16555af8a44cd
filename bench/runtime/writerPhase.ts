import { randomUUID } from "node:crypto";
import { createPgPool, createTraceWriter, keepTableStatistics } from "@centrala/db";

/**
 * The call-record writer on a fresh database: calls arrive at `callsPerSecond`, each with
 * `eventsPerCall` trace events and an end, for `seconds`, through the runtime's own writer (and
 * its statistics keeper). Prints, each second, the event rows written and the writer's backlog;
 * returns the sustained rate (all rows, first offered to last written) and the largest backlog.
 */
export async function runWriterPhase(databaseUrl: string, tenantId: string, opts: { callsPerSecond: number; eventsPerCall: number; seconds: number }) {
  const pool = createPgPool(databaseUrl, 10);
  const writer = createTraceWriter(pool);
  const statistics = keepTableStatistics(pool);
  const at = new Date();
  let calls = 0;
  let offeredEvents = 0;
  let maxBacklog = 0;
  const began = performance.now();
  const timer = setInterval(() => {
    const due = Math.min(opts.callsPerSecond * opts.seconds, Math.floor(((performance.now() - began) / 1000) * opts.callsPerSecond));
    while (calls < due) {
      const id = randomUUID();
      writer.callStarted({ id, tenantId, callSid: randomUUID(), flowId: null, flowVersionId: null, fromNumber: "+48500100200", toNumber: "+48221234567", direction: "inbound", isTest: false, startedAt: at });
      for (let seq = 0; seq < opts.eventsPerCall; seq++) writer.event({ tenantId, callId: id, seq, at, type: "nodeEntered", nodeId: `n${seq}`, data: { kind: "menu" } });
      offeredEvents += opts.eventsPerCall;
      void writer.callEnded({ id, endedAt: at, outcome: "completed", answeredAt: at });
      calls++;
    }
    maxBacklog = Math.max(maxBacklog, writer.pending());
  }, 5);
  const count = async () => Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "CallEvent" WHERE "tenantId" = $1`, [tenantId])).rows[0]!.n);
  let lastWritten = 0;
  for (let second = 1; ; second++) {
    await new Promise((r) => setTimeout(r, 1000));
    const written = await count();
    console.log(`  writer t+${String(second).padStart(2)} s: ${String(offeredEvents).padStart(7)} event rows offered, ${String(written).padStart(7)} written (+${written - lastWritten}/s), backlog ${writer.pending()} records`);
    lastWritten = written;
    if (calls >= opts.callsPerSecond * opts.seconds && writer.pending() === 0) break;
    if (second > opts.seconds + 60) break;
  }
  clearInterval(timer);
  const seconds = (performance.now() - began) / 1000;
  await writer.close();
  await statistics.stop();
  const written = await count();
  await pool.end();
  return { eventRowsPerSecond: written / seconds, maxBacklog, written, offered: offeredEvents, seconds };
}
