import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type Db } from "../createPrismaClient";
import { createPgPool } from "../createPgPool";
import { readDatabaseUrl } from "../readDatabaseUrl";
import { createTestTenant } from "../testing/createTestTenant";
import { createTcpProxy, readServerAddress } from "../testing/createTcpProxy";
import { createTraceWriter, type CallStart, type RecordKind } from "./createTraceWriter";

let prisma: Db;
let pool: ReturnType<typeof createPgPool>;
let tenantId: string;
beforeAll(async () => {
  prisma = createPrismaClient(undefined, 4);
  pool = createPgPool(undefined, 4);
  tenantId = (await createTestTenant(prisma, "Writer")).tenant.id;
});
afterAll(async () => { await prisma.$disconnect(); await pool.end(); });

const t0 = new Date("2026-03-02T09:00:00Z");
function call(id: string = randomUUID(), callSid: string = randomUUID()): CallStart {
  return { id, tenantId, callSid, flowId: null, flowVersionId: null, fromNumber: "+48500100200", toNumber: "+48221234567", direction: "inbound", isTest: false, startedAt: t0 };
}
const event = (callId: string, seq: number, data: Record<string, unknown> = { seq }) =>
  ({ tenantId, callId, seq, at: new Date(t0.getTime() + seq * 1000), type: "nodeEntered", nodeId: `n${seq}`, data });

/** The real pool, counting the statements sent through it. */
function countingPool() {
  let count = 0;
  const counted = new Proxy(pool, {
    get(target, key) {
      if (key !== "query") return Reflect.get(target, key);
      return (...args: unknown[]) => {
        count++;
        return (target.query as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { pool: counted, statements: () => count };
}

function recordingReports() {
  const quarantined: { kind: RecordKind; callId: string; reason: string }[] = [];
  const dropped: { kind: RecordKind; count: number }[] = [];
  const errors: unknown[] = [];
  return {
    quarantined, dropped, errors,
    opts: {
      onQuarantine: (kind: RecordKind, callId: string, reason: string) => quarantined.push({ kind, callId, reason }),
      onDropped: (kind: RecordKind, count: number) => dropped.push({ kind, count }),
      onError: (err: unknown) => errors.push(err),
    },
  };
}

describe("trace writer", () => {
  it("batches calls and events and drains everything on close", async () => {
    const writer = createTraceWriter(pool, { flushIntervalMs: 60_000 });
    const calls = Array.from({ length: 30 }, () => call());
    const ends: Promise<void>[] = [];
    for (const c of calls) {
      writer.callStarted(c);
      for (let seq = 0; seq < 4; seq++) writer.event(event(c.id, seq));
      ends.push(writer.callEnded({ id: c.id, endedAt: new Date(t0.getTime() + 9000), outcome: "completed", answeredAt: t0 }));
    }
    expect(writer.pending()).toBe(30 * 6);
    expect(await prisma.call.count({ where: { id: { in: calls.map((c) => c.id) } } })).toBe(0);
    await writer.close();
    await Promise.all(ends);
    expect(writer.pending()).toBe(0);
    expect(await prisma.call.count({ where: { id: { in: calls.map((c) => c.id) }, outcome: "completed" } })).toBe(30);
    expect(await prisma.callEvent.count({ where: { callId: { in: calls.map((c) => c.id) } } })).toBe(120);
    expect(writer.writtenThrough(calls[0]!.id)).toBe(3);
    expect(writer.writtenThrough(randomUUID())).toBe(-1);
  });

  it("writes a busy stream of rows once per tick, not once per round trip", async () => {
    const counted = countingPool();
    const writer = createTraceWriter(counted.pool, { flushIntervalMs: 50 });
    const ids: string[] = [];
    const began = performance.now();
    // New calls and events every millisecond for 300 ms.
    while (performance.now() - began < 300) {
      const c = call();
      ids.push(c.id);
      writer.callStarted(c);
      writer.event(event(c.id, 0));
      await new Promise((r) => setTimeout(r, 1));
    }
    const ticks = (performance.now() - began) / 50;
    // Two tables written per tick (calls, then events).
    expect(counted.statements()).toBeLessThanOrEqual(2 * (Math.ceil(ticks) + 1));
    await writer.close();
    expect(await prisma.call.count({ where: { id: { in: ids } } })).toBe(ids.length);
    expect(await prisma.callEvent.count({ where: { callId: { in: ids } } })).toBe(ids.length);
  });

  it("still writes after its timer has ticked over an empty buffer", async () => {
    const writer = createTraceWriter(pool, { flushIntervalMs: 10 });
    await new Promise((r) => setTimeout(r, 50));
    const c = call();
    writer.callStarted(c);
    await writer.flush();
    expect(await prisma.call.count({ where: { callSid: c.callSid } })).toBe(1);
    await writer.close();
  });

  it("holds a call's events and end back while its call row waits for a later batch", async () => {
    // Batches of two calls (ten events): the events of the fifth call are near the front of the
    // event buffer, but its call row only goes out with the third call batch.
    const reports = recordingReports();
    const writer = createTraceWriter(pool, { flushIntervalMs: 60_000, maxBatch: 2, ...reports.opts });
    const calls = Array.from({ length: 5 }, () => call());
    for (const c of calls) writer.callStarted(c);
    const last = calls[4]!;
    writer.event(event(last.id, 0));
    const ended = writer.callEnded({ id: last.id, endedAt: t0, outcome: "completed", answeredAt: null });
    await writer.flush();
    await ended;
    expect(reports.quarantined).toEqual([]);
    expect(await prisma.callEvent.count({ where: { callId: last.id } })).toBe(1);
    expect((await prisma.call.findUnique({ where: { id: last.id } }))?.outcome).toBe("completed");
    await writer.close();
  });

  it("sets aside a repeated session:new (same call sid, another call) with its records, and writes every other call", async () => {
    const reports = recordingReports();
    const writer = createTraceWriter(pool, { flushIntervalMs: 60_000, ...reports.opts });
    const first = call();
    const repeat = call(randomUUID(), first.callSid);
    const others = Array.from({ length: 20 }, () => call());
    for (const c of [first, repeat, ...others]) {
      writer.callStarted(c);
      writer.event(event(c.id, 0));
      writer.event(event(c.id, 1));
    }
    const repeatEnded = writer.callEnded({ id: repeat.id, endedAt: t0, outcome: "completed", answeredAt: null });
    await writer.flush();
    await repeatEnded;
    expect(writer.pending()).toBe(0);
    expect(await prisma.call.count({ where: { id: { in: [first.id, ...others.map((c) => c.id)] } } })).toBe(21);
    expect(await prisma.callEvent.count({ where: { callId: { in: [first.id, ...others.map((c) => c.id)] } } })).toBe(42);
    expect(await prisma.call.count({ where: { id: repeat.id } })).toBe(0);
    expect(reports.quarantined).toEqual([
      { kind: "call", callId: repeat.id, reason: expect.stringContaining(first.callSid) },
      { kind: "event", callId: repeat.id, reason: "its call was refused" },
      { kind: "end", callId: repeat.id, reason: "its call was refused" },
    ]);
    await writer.close();
  });

  it("sets aside a row the database cannot store and keeps writing the rows around it, batch after batch", async () => {
    const reports = recordingReports();
    const writer = createTraceWriter(pool, { flushIntervalMs: 60_000, ...reports.opts });
    const c = call();
    writer.callStarted(c);
    for (let seq = 0; seq < 50; seq++) writer.event(event(c.id, seq, seq === 17 ? { text: "bad\u0000" } : { seq }));
    // An event of a call that was never started: the foreign key refuses it.
    const stranger = randomUUID();
    writer.event(event(stranger, 0));
    await writer.flush();
    expect(await prisma.callEvent.count({ where: { callId: c.id } })).toBe(49);
    expect(reports.quarantined.map((q) => [q.kind, q.callId])).toEqual([["event", c.id], ["event", stranger]]);
    expect(reports.errors).toEqual([]);
    writer.event(event(c.id, 50));
    await writer.flush();
    expect(await prisma.callEvent.count({ where: { callId: c.id } })).toBe(50);
    await writer.close();
  });

  it("keeps every record through a database outage and writes each exactly once when it is back", async () => {
    const proxy = await createTcpProxy(readServerAddress(readDatabaseUrl()));
    const flaky = createPgPool(proxy.wrap(readDatabaseUrl()), 2);
    const reports = recordingReports();
    const writer = createTraceWriter(flaky, { flushIntervalMs: 20, ...reports.opts });
    const before = call();
    writer.callStarted(before);
    await writer.flush();
    proxy.cut();
    const during = Array.from({ length: 10 }, () => call());
    for (const c of during) {
      writer.callStarted(c);
      writer.event(event(c.id, 0));
      void writer.callEnded({ id: c.id, endedAt: t0, outcome: "abandoned", answeredAt: null });
    }
    writer.event(event(before.id, 0));
    // The writer's first attempts fail while the database is cut off (waited for, not timed: a busy
    // machine may take longer than a few hundred milliseconds to get there).
    await vi.waitFor(() => expect(reports.errors.length).toBeGreaterThan(0), { timeout: 15_000, interval: 50 });
    expect(writer.pending()).toBe(10 * 3 + 1);
    proxy.restore();
    await writer.close();
    const ids = [before.id, ...during.map((c) => c.id)];
    expect(await prisma.call.count({ where: { id: { in: ids } } })).toBe(11);
    expect(await prisma.call.count({ where: { id: { in: ids }, outcome: "abandoned" } })).toBe(10);
    expect(await prisma.callEvent.count({ where: { callId: { in: ids } } })).toBe(11);
    expect(reports.quarantined).toEqual([]);
    await flaky.end();
    await proxy.close();
  });

  it("writes records sent again (a call resumed elsewhere) once", async () => {
    const writer = createTraceWriter(pool, { flushIntervalMs: 60_000 });
    const c = call();
    for (let round = 0; round < 2; round++) {
      writer.callStarted(c);
      writer.event(event(c.id, 0));
      writer.event(event(c.id, 1));
      await writer.flush();
    }
    expect(await prisma.call.count({ where: { callSid: c.callSid } })).toBe(1);
    expect(await prisma.callEvent.count({ where: { callId: c.id } })).toBe(2);
    await writer.close();
  });

  it("has a bound: beyond it new records are dropped and reported, and what it holds is still written", async () => {
    const reports = recordingReports();
    const writer = createTraceWriter(pool, { flushIntervalMs: 60_000, maxPending: 5, ...reports.opts });
    const c = call();
    writer.callStarted(c);
    for (let seq = 0; seq < 10; seq++) writer.event(event(c.id, seq));
    expect(writer.pending()).toBe(5);
    expect(reports.dropped).toEqual([{ kind: "event", count: 1 }]);
    await writer.close();
    expect(await prisma.callEvent.count({ where: { callId: c.id } })).toBe(4);
  });
});
