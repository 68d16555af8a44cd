import pg from "pg";
import type { Db } from "../createPrismaClient";

/** The dispatcher's state of a tenant changed (payload: the tenant id). */
export const ACD_CHANGED_CHANNEL = "centrala_acd_changed";
/** A live-call action finished (payload: JSON {id, tenantId, status}). */
export const CALL_ACTION_DONE_CHANNEL = "centrala_call_action_done";

/** What a desk or wallboard is told: something changed (read the picture again), or an action ended. */
export type CallCentreChange = { type: "changed" } | { type: "action"; id: string; status: string };

export type CallCentreChangeHub = {
  /** Calls `listener` for every change of this tenant; resolves (with an unsubscribe) once LISTEN is active. */
  subscribe(tenantId: string, listener: (change: CallCentreChange) => void): Promise<() => void>;
  /** How many subscribers are attached (all tenants). */
  readonly size: number;
  close(): Promise<void>;
};

/**
 * One LISTEN connection per process, shared by every desk and wallboard stream: notifications are
 * fanned out to the subscribers of the tenant they name, so a tenant never hears another's. The
 * connection is opened with the first subscriber, reopened (with backoff) when it drops, and on
 * reconnect every subscriber is told "changed" so nothing missed in between stays stale.
 */
export function createCallCentreChangeHub(databaseUrl: string): CallCentreChangeHub {
  const subscribers = new Map<string, Set<(change: CallCentreChange) => void>>();
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;
  let retryMs = 200;
  let everConnected = false;

  function deliver(tenantId: string, change: CallCentreChange): void {
    for (const listener of subscribers.get(tenantId) ?? []) {
      try {
        listener(change);
      } catch {
        // A broken subscriber must not stop the others.
      }
    }
  }

  function handle(message: pg.Notification): void {
    if (message.channel === ACD_CHANGED_CHANNEL) {
      if (message.payload) deliver(message.payload, { type: "changed" });
      return;
    }
    if (message.channel === CALL_ACTION_DONE_CHANNEL) {
      try {
        const done = JSON.parse(message.payload ?? "null") as { id?: unknown; tenantId?: unknown; status?: unknown };
        if (typeof done?.tenantId === "string" && typeof done.id === "string") {
          deliver(done.tenantId, { type: "action", id: done.id, status: String(done.status ?? "") });
          deliver(done.tenantId, { type: "changed" });
        }
      } catch {
        // Not ours to parse; ignore.
      }
    }
  }

  function connect(): Promise<void> {
    if (client) return Promise.resolve();
    if (connecting) return connecting;
    const next = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000, keepAlive: true });
    const lost = () => {
      if (client !== next) return;
      client = null;
      next.end().catch(() => {});
      if (!closed && subscribers.size) {
        setTimeout(() => void connect().catch(() => {}), retryMs).unref?.();
        retryMs = Math.min(retryMs * 2, 5000);
      }
    };
    next.on("notification", handle);
    next.on("error", lost);
    next.on("end", lost);
    connecting = (async () => {
      try {
        await next.connect();
        await next.query(`LISTEN ${ACD_CHANGED_CHANNEL}`);
        await next.query(`LISTEN ${CALL_ACTION_DONE_CHANNEL}`);
        if (closed) {
          await next.end();
          return;
        }
        client = next;
        retryMs = 200;
        if (everConnected) for (const tenantId of subscribers.keys()) deliver(tenantId, { type: "changed" });
        everConnected = true;
      } catch (error) {
        next.end().catch(() => {});
        if (!closed && subscribers.size) {
          setTimeout(() => void connect().catch(() => {}), retryMs).unref?.();
          retryMs = Math.min(retryMs * 2, 5000);
        }
        throw error;
      } finally {
        connecting = null;
      }
    })();
    return connecting;
  }

  return {
    async subscribe(tenantId, listener) {
      let set = subscribers.get(tenantId);
      if (!set) subscribers.set(tenantId, (set = new Set()));
      set.add(listener);
      const unsubscribe = () => {
        set.delete(listener);
        if (!set.size) subscribers.delete(tenantId);
      };
      try {
        await connect();
      } catch (error) {
        unsubscribe();
        throw error;
      }
      return unsubscribe;
    },
    get size() {
      let n = 0;
      for (const set of subscribers.values()) n += set.size;
      return n;
    },
    async close() {
      closed = true;
      subscribers.clear();
      const current = client;
      client = null;
      await connecting?.catch(() => {});
      await current?.end().catch(() => {});
    },
  };
}

/** Tells every desk and wallboard of the tenant to read the picture again (e.g. after a presence change). */
export async function notifyCallCentreChanged(prisma: Pick<Db, "$executeRaw">, tenantId: string): Promise<void> {
  await prisma.$executeRaw`SELECT pg_notify(${ACD_CHANGED_CHANNEL}, ${tenantId})`;
}
