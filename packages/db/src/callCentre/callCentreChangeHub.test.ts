import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../createPrismaClient";
import { readDatabaseUrl } from "../readDatabaseUrl";
import { CALL_ACTION_DONE_CHANNEL, createCallCentreChangeHub, notifyCallCentreChanged, type CallCentreChange, type CallCentreChangeHub } from "./callCentreChangeHub";

// The desk's and the wallboard's live updates on a real PostgreSQL: one LISTEN connection per
// process, changes delivered to the tenant they name only, within a second, and again after the
// connection drops.
const prisma = createPrismaClient(undefined, 2);
const databaseUrl = readDatabaseUrl();
let hub: CallCentreChangeHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});
afterAll(() => prisma.$disconnect());

const tenant = () => `t-${Math.random().toString(36).slice(2)}`;
type Collector = ((change: CallCentreChange) => void) & { changes: CallCentreChange[]; next(ms?: number): Promise<CallCentreChange> };

/** A subscriber that keeps what it is told; `next` takes the oldest change not yet taken, waiting for one. */
function collect(): Collector {
  const changes: CallCentreChange[] = [];
  let taken = 0;
  const waiters: (() => void)[] = [];
  const push = (change: CallCentreChange) => {
    changes.push(change);
    waiters.shift()?.();
  };
  const next = async (ms = 1000): Promise<CallCentreChange> => {
    if (taken >= changes.length) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no change within ${ms} ms`)), ms);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return changes[taken++]!;
  };
  return Object.assign(push, { changes, next });
}

async function listenerBackends(applicationName: string): Promise<number> {
  const rows = await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1`, applicationName);
  return Number(rows[0]?.n ?? 0);
}

describe("createCallCentreChangeHub", () => {
  it("tells a tenant's subscribers within a second, and never another tenant's", async () => {
    hub = createCallCentreChangeHub(databaseUrl);
    const [a, b] = [tenant(), tenant()];
    const first = collect();
    const second = collect();
    const other = collect();
    await hub.subscribe(a, first);
    await hub.subscribe(a, second);
    await hub.subscribe(b, other);
    await prisma.$queryRaw`SELECT 1`; // the pool's first connection is not what is measured
    const started = Date.now();
    await notifyCallCentreChanged(prisma, a);
    expect(await first.next()).toEqual({ type: "changed" });
    expect(await second.next()).toEqual({ type: "changed" });
    expect(Date.now() - started).toBeLessThan(1000);
    await prisma.$executeRawUnsafe(`SELECT pg_notify($1, $2)`, CALL_ACTION_DONE_CHANNEL, JSON.stringify({ id: "act1", tenantId: a, status: "done" }));
    expect(await first.next()).toEqual({ type: "action", id: "act1", status: "done" });
    await notifyCallCentreChanged(prisma, b);
    expect(await other.next()).toEqual({ type: "changed" });
    expect(other.changes).toEqual([{ type: "changed" }]);
  });

  it("shares one LISTEN connection between all subscribers and stops delivering after unsubscribe", async () => {
    const applicationName = `hub-test-${Math.random().toString(36).slice(2)}`;
    const url = `${databaseUrl}${databaseUrl.includes("?") ? "&" : "?"}application_name=${applicationName}`;
    hub = createCallCentreChangeHub(url);
    const a = tenant();
    const listeners = Array.from({ length: 5 }, () => collect());
    const unsubscribes = await Promise.all(listeners.map((l) => hub!.subscribe(a, l)));
    expect(hub.size).toBe(5);
    expect(await listenerBackends(applicationName)).toBe(1);
    unsubscribes[0]!();
    expect(hub.size).toBe(4);
    await notifyCallCentreChanged(prisma, a);
    await listeners[1]!.next();
    expect(listeners[0]!.changes).toEqual([]);
  });

  it("reconnects when the connection is cut, and tells every subscriber to read again", async () => {
    const applicationName = `hub-cut-${Math.random().toString(36).slice(2)}`;
    hub = createCallCentreChangeHub(`${databaseUrl}${databaseUrl.includes("?") ? "&" : "?"}application_name=${applicationName}`);
    const a = tenant();
    const listener = collect();
    await hub.subscribe(a, listener);
    await prisma.$executeRawUnsafe(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, applicationName);
    expect(await listener.next(5000)).toEqual({ type: "changed" });
    await notifyCallCentreChanged(prisma, a);
    expect(await listener.next()).toEqual({ type: "changed" });
  });
});
