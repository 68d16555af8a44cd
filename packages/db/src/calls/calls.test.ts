import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../createPrismaClient";
import { createPgPool } from "../createPgPool";
import { forTenant } from "../forTenant";
import { createFlow, publishFlowVersion } from "../flows";
import { readDatabaseUrl } from "../readDatabaseUrl";
import { createTestTenant } from "../testing/createTestTenant";
import { createCallStateStore } from "./callStateStore";
import { resolveNumberRoute, ROUTING_CHANNEL } from "./resolveNumberRoute";

let prisma: Db;
let pool: ReturnType<typeof createPgPool>;
beforeAll(() => { prisma = createPrismaClient(undefined, 4); pool = createPgPool(undefined, 3); });
afterAll(async () => { await prisma.$disconnect(); await pool.end(); });

/** The real pool, counting the statements sent through it. */
function countingPool() {
  const names: string[] = [];
  const counted = new Proxy(pool, {
    get(target, key) {
      if (key !== "query") return Reflect.get(target, key);
      return (config: { name?: string }, ...rest: unknown[]) => {
        names.push(config.name ?? "?");
        return (target.query as (...a: unknown[]) => unknown).call(target, config, ...rest);
      };
    },
  });
  return { pool: counted, names };
}

const uniqueNumber = () => `+4822${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;

describe("number routing", () => {
  it("finds the tenant, flow and live version; unknown numbers give null", async () => {
    const { tenant } = await createTestTenant(prisma, "Route");
    const db = forTenant(prisma, tenant.id);
    const flow = await createFlow(db, { name: "Main", draft: {} });
    const version = await publishFlowVersion(db, flow.id, { source: {}, ir: { version: 1 } });
    const e164 = uniqueNumber();
    await prisma.phoneNumber.create({ data: { e164, tenantId: tenant.id, source: "owned", flowId: flow.id } });
    const route = await resolveNumberRoute(prisma, e164);
    expect(route?.tenant.id).toBe(tenant.id);
    expect(route?.version).toMatchObject({ id: version.id, number: 1, ir: { version: 1 } });
    expect(await resolveNumberRoute(prisma, "+48999999999")).toBeNull();
  });

  it("never runs another tenant's flow even when a number points at it", async () => {
    const a = await createTestTenant(prisma, "Owner");
    const b = await createTestTenant(prisma, "Intruder");
    const flowA = await createFlow(forTenant(prisma, a.tenant.id), { name: "A", draft: {} });
    await publishFlowVersion(forTenant(prisma, a.tenant.id), flowA.id, { source: {}, ir: {} });
    const e164 = uniqueNumber();
    await prisma.phoneNumber.create({ data: { e164, tenantId: b.tenant.id, source: "owned", flowId: flowA.id } });
    const route = await resolveNumberRoute(prisma, e164);
    expect(route?.tenant.id).toBe(b.tenant.id);
    expect(route?.flow).toBeNull();
    expect(route?.version).toBeNull();
  });

  it("publishing notifies listeners on the routing channel", async () => {
    const listener = new pg.Client({ connectionString: readDatabaseUrl() });
    await listener.connect();
    const received: string[] = [];
    listener.on("notification", (n) => received.push(n.payload ?? ""));
    await listener.query(`LISTEN ${ROUTING_CHANNEL}`);
    const { tenant } = await createTestTenant(prisma, "Notify");
    const flow = await createFlow(forTenant(prisma, tenant.id), { name: "N", draft: {} });
    await publishFlowVersion(forTenant(prisma, tenant.id), flow.id, { source: {}, ir: {} });
    await new Promise((r) => setTimeout(r, 200));
    await listener.end();
    expect(received).toContain(`flow:${flow.id}`);
  });
});

describe("call state store", () => {
  it("saves, overwrites, loads and removes state by call sid", async () => {
    const { tenant } = await createTestTenant(prisma, "State");
    const store = createCallStateStore(pool);
    const sid = randomUUID();
    await store.save(sid, tenant.id, { version: 1, node: "a" });
    await store.save(sid, tenant.id, { version: 1, node: "b" });
    expect(await store.load(sid)).toEqual({ tenantId: tenant.id, state: { version: 1, node: "b" } });
    await store.remove(sid);
    expect(await store.load(sid)).toBeNull();
  });

  it("commits concurrent writes in groups, the latest write of each call winning", async () => {
    const { tenant } = await createTestTenant(prisma, "StateBatch");
    const store = createCallStateStore(pool);
    const reader = createCallStateStore(pool); // reads the table, not the writer's pending writes
    const sids = Array.from({ length: 300 }, () => randomUUID());
    const ended = sids.slice(0, 50);
    // Every call saves twice in the same turn; the first 50 then end (their state is removed).
    await Promise.all([
      ...sids.map((sid, i) => store.save(sid, tenant.id, { step: 1, i })),
      ...sids.map((sid, i) => store.save(sid, tenant.id, { step: 2, i })),
      ...ended.map((sid) => store.remove(sid)),
    ]);
    for (const [i, sid] of sids.entries()) {
      expect(await reader.load(sid)).toEqual(i < 50 ? null : { tenantId: tenant.id, state: { step: 2, i } });
    }
    const rows = await pool.query(`SELECT count(*)::int AS n FROM "CallState" WHERE "tenantId" = $1`, [tenant.id]);
    expect(rows.rows[0].n).toBe(250);
  });

  it("groups writes spread over many turns of the event loop into a statement every few milliseconds", async () => {
    const { tenant } = await createTestTenant(prisma, "StateGroup");
    const counted = countingPool();
    const store = createCallStateStore(counted.pool, { groupMs: 20 });
    const sids = Array.from({ length: 200 }, () => randomUUID());
    const began = performance.now();
    // A call every half millisecond or so, each in its own turn, as sockets deliver them.
    const writes: Promise<void>[] = [];
    for (const [i, sid] of sids.entries()) {
      writes.push(store.save(sid, tenant.id, { i }));
      if (i % 20 === 19) writes.push(store.remove(sids[i - 10]!));
      await new Promise((r) => setTimeout(r, 0.5));
    }
    await Promise.all(writes);
    const elapsed = performance.now() - began;
    // At most one batch per 20 ms window (and one for the first write): an upsert, and a delete when calls ended.
    const upserts = counted.names.filter((name) => name === "call_state_save_batch").length;
    expect(upserts).toBeLessThanOrEqual(Math.ceil(elapsed / 20) + 2);
    expect(counted.names.length).toBeLessThan(sids.length / 4);
    const rows = await pool.query(`SELECT count(*)::int AS n FROM "CallState" WHERE "tenantId" = $1`, [tenant.id]);
    expect(rows.rows[0].n).toBe(190);
  });

  it("sends a lone write at once when the store has been idle", async () => {
    const { tenant } = await createTestTenant(prisma, "StateIdle");
    const store = createCallStateStore(pool, { groupMs: 5_000 });
    await new Promise((r) => setTimeout(r, 20));
    const began = performance.now();
    await store.save(randomUUID(), tenant.id, { first: true });
    expect(performance.now() - began).toBeLessThan(1_000);
  });

  it("shows its own uncommitted write to a reconnect on the same instance, and drains before shutdown", async () => {
    const { tenant } = await createTestTenant(prisma, "StateDrain");
    const store = createCallStateStore(pool);
    const sid = randomUUID();
    const saved = store.save(sid, tenant.id, { node: "menu" });
    expect(await store.load(sid)).toEqual({ tenantId: tenant.id, state: { node: "menu" } });
    await store.drain();
    await saved;
    expect(await createCallStateStore(pool).load(sid)).toEqual({ tenantId: tenant.id, state: { node: "menu" } });
  });

  it("rejects every write of a batch the database refuses, and keeps working afterwards", async () => {
    const { tenant } = await createTestTenant(prisma, "StateFail");
    const store = createCallStateStore(pool);
    const good = randomUUID();
    // A state PostgreSQL cannot store as jsonb (a NUL character) fails the whole statement.
    const results = await Promise.allSettled([store.save(randomUUID(), tenant.id, { text: "bad\u0000" }), store.save(good, tenant.id, { ok: true })]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    await store.save(good, tenant.id, { ok: true });
    expect(await createCallStateStore(pool).load(good)).toEqual({ tenantId: tenant.id, state: { ok: true } });
  });
});
