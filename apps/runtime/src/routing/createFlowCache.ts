import pg from "pg";
import { ROUTING_CHANNEL, resolveNumberRoute, type Db, type NumberRoute } from "@centrala/db";
import type { Logger } from "../observability/createLogger";

/**
 * Caches number -> tenant -> published version. Every runtime instance LISTENs on PostgreSQL's
 * routing channel and drops its cache when a flow is published or a number is re-routed, so the
 * next call uses the new version within milliseconds.
 */
export function createFlowCache(opts: { prisma: Db; databaseUrl: string; logger: Logger; ttlMs?: number }) {
  const ttlMs = opts.ttlMs ?? 60_000;
  const entries = new Map<string, { at: number; route: Promise<NumberRoute | null> }>();
  let listener: pg.Client | null = null;
  let closed = false;
  let generation = 0;

  async function listen(): Promise<void> {
    const client = new pg.Client({ connectionString: opts.databaseUrl });
    client.on("notification", (n) => {
      opts.logger.debug({ detail: n.payload }, "routing changed; clearing the flow cache");
      generation++;
      entries.clear();
    });
    client.on("error", (err) => {
      opts.logger.warn({ err: err.message }, "routing listener lost; reconnecting");
      entries.clear();
      listener = null;
      if (!closed) setTimeout(() => void listen().catch(() => {}), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${ROUTING_CHANNEL}`);
    listener = client;
    // Anything cached before we were listening may already be stale.
    entries.clear();
  }

  return {
    start: listen,
    isListening: () => listener !== null,
    /** The route for a dialled number, from cache when fresh. */
    resolve(e164: string): Promise<NumberRoute | null> {
      const now = Date.now();
      const hit = entries.get(e164);
      if (hit && now - hit.at < ttlMs && listener) return hit.route;
      const gen = generation;
      const route = resolveNumberRoute(opts.prisma, e164);
      // Failed lookups are not cached; lookups raced by a notification are not kept either.
      route.then(() => { if (gen !== generation) entries.delete(e164); }, () => entries.delete(e164));
      entries.set(e164, { at: now, route });
      return route;
    },
    async close() {
      closed = true;
      await listener?.end().catch(() => {});
    },
  };
}

export type FlowCache = ReturnType<typeof createFlowCache>;
