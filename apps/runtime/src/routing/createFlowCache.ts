import pg from "pg";
import { listNumberRoutes, ROUTING_CHANNEL, resolveNumberRoute, type Db, type NumberRoute } from "@centrala/db";
import type { Logger } from "../observability/createLogger";

type Entry = { at: number; route: NumberRoute | null };

/**
 * Caches number -> tenant -> published version. Every runtime instance LISTENs on PostgreSQL's
 * routing channel and treats its cache as stale when a flow is published or a number is re-routed,
 * so the next call uses the new version within milliseconds.
 *
 * The cache is also what lets calls in while the database is away: a lookup that fails falls back
 * to the last route known for the number, however old (a published flow is immutable; at worst the
 * caller gets the version that was live a moment ago). `warm()` loads every routed number at start,
 * so even a number nobody has called on this instance yet has one. The listener reconnects with
 * backoff for as long as it takes; while it is down nothing counts as fresh.
 */
export function createFlowCache(opts: { prisma: Db; databaseUrl: string; logger: Logger; ttlMs?: number; warmLimit?: number; now?: () => number }) {
  const ttlMs = opts.ttlMs ?? 60_000;
  const now = opts.now ?? (() => Date.now());
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<NumberRoute | null>>();
  let listener: pg.Client | null = null;
  let closed = false;
  let generation = 0;
  let retryMs = 250;
  let retryTimer: NodeJS.Timeout | null = null;
  let warmed = false;

  /** Nothing cached so far may be taken as current any more (kept as a fallback for outages). */
  function expireAll() {
    generation++;
    for (const entry of entries.values()) entry.at = -Infinity;
  }

  function scheduleListen() {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void listen().catch(() => {});
    }, retryMs);
    retryTimer.unref?.();
    retryMs = Math.min(retryMs * 2, 5000);
  }

  async function listen(): Promise<void> {
    const client = new pg.Client({ connectionString: opts.databaseUrl, connectionTimeoutMillis: 5000, keepAlive: true });
    let lost = false;
    const onLost = (why: string) => {
      if (lost) return;
      lost = true;
      if (listener === client) {
        listener = null;
        expireAll();
        if (!closed) opts.logger.warn({ err: why }, "routing listener lost; reconnecting");
      }
      client.end().catch(() => {});
      scheduleListen();
    };
    client.on("notification", (n) => {
      opts.logger.debug({ detail: n.payload }, "routing changed; the flow cache is stale");
      expireAll();
    });
    client.on("error", (err) => onLost(err.message));
    client.on("end", () => onLost("connection ended"));
    try {
      await client.connect();
      await client.query(`LISTEN ${ROUTING_CHANNEL}`);
    } catch (err) {
      onLost(err instanceof Error ? err.message : String(err));
      throw err;
    }
    if (closed) {
      await client.end().catch(() => {});
      return;
    }
    listener = client;
    retryMs = 250;
    // Anything cached before we were listening may already be stale.
    expireAll();
  }

  function remember(e164: string, route: NumberRoute | null) {
    entries.set(e164, { at: now(), route });
  }

  return {
    /** Starts listening (retrying in the background if the database is away). */
    async start(): Promise<void> {
      await listen().catch((err: unknown) => opts.logger.warn({ err: err instanceof Error ? err.message : String(err) }, "routing listener not connected yet; retrying"));
    },
    /** Loads every routed number, so the first calls (and calls during an outage) find their flow. */
    async warm(): Promise<number> {
      const gen = generation;
      const routes = await listNumberRoutes(opts.prisma, opts.warmLimit ?? 5000);
      // Numbers routing to the same version share one copy of its IR.
      const irs = new Map<string, unknown>();
      for (const { e164, route } of routes) {
        if (route.version) {
          const shared = irs.get(route.version.id);
          if (shared) route.version.ir = shared;
          else irs.set(route.version.id, route.version.ir);
        }
        if (gen === generation) remember(e164, route);
      }
      warmed = true;
      return routes.length;
    },
    isWarm: () => warmed,
    isListening: () => listener !== null,
    /** The route for a dialled number: fresh from the cache, else from the database, else the last one known. */
    resolve(e164: string): Promise<NumberRoute | null> {
      const hit = entries.get(e164);
      if (hit && listener && now() - hit.at < ttlMs) return Promise.resolve(hit.route);
      const pending = inFlight.get(e164);
      if (pending) return pending;
      const gen = generation;
      const lookup = resolveNumberRoute(opts.prisma, e164).then(
        (route) => {
          // A lookup raced by a notification is not kept as fresh.
          if (gen === generation) remember(e164, route);
          return route;
        },
        (err: unknown) => {
          const known = entries.get(e164);
          if (!known) throw err;
          opts.logger.warn({ to: e164, err: err instanceof Error ? err.message : String(err) }, "routing lookup failed; using the last route known for the number");
          return known.route;
        },
      ).finally(() => inFlight.delete(e164));
      inFlight.set(e164, lookup);
      return lookup;
    },
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const client = listener;
      listener = null;
      await client?.end().catch(() => {});
    },
  };
}

export type FlowCache = ReturnType<typeof createFlowCache>;
