import pg from "pg";
import { createAcdState, dispatch, parseAcdEvent, type AcdCommand, type AcdEvent, type AcdEventInput, type AcdState, type ChangedIds } from "@centrala/acd";
import { collectAcdRowChanges, loadAcdRecords, mergeChangedIds, saveAcdRows, type AcdEventContext, type SqlRunner } from "@centrala/db";
import type { Logger } from "../observability/createLogger";
import { listQueueIds, readPresenceEvents, readQueueConfig } from "./readQueueConfig";

/** The advisory lock whose holder is the dispatcher for every tenant (one authority, any number of instances). */
export const ACD_LEADER_LOCK = 7_406_285_001n;
/** At most this many inbox events per transaction. */
const BATCH = 500;

/** What the leader keeps per tenant between batches. */
export type TenantAcd = {
  tenantId: string;
  state: AcdState;
  /** The tenant's local date the day's figures count for (YYYY-MM-DD). */
  day: string | null;
  timezone: string;
  nextTickAt: number | null;
  /** Context that came with callers' `callerJoined` (their number), while they wait. */
  callers: Map<string, AcdEventContext>;
};

/** One tenant's share of a batch: what the dispatcher decided, and what happened to whom. */
export type TenantBatch = {
  tenant: TenantAcd;
  commands: AcdCommand[];
  /** Events dispatched in this batch, with the state's offer as it was before (for the callers' traces). */
  events: { event: AcdEvent; offerBefore?: { callerId: string; startedAt: number; legs: Record<string, string> } }[];
  changed: ChangedIds;
};

/** How the leader's decisions are carried out (the runtime's jambonz side). */
export type AcdCarrier = {
  /** Inside the batch's transaction, on the leader's connection: rows and notifications that must commit with the state. */
  prepare(sql: SqlRunner, batch: TenantBatch): Promise<void>;
  /** After the commit: calls to jambonz. Must not throw; failures come back as events. */
  carryOut(batch: TenantBatch): void;
};

export type AcdLeaderOptions = {
  databaseUrl: string;
  /** For reads (queues, presence, stored state); writes go through the leader's own connection. */
  pool: SqlRunner;
  logger: Logger;
  carrier: AcdCarrier;
  now?: () => number;
  /** How often an instance that is not leading tries to become the leader (ms). */
  retryMs?: number;
  /** Told every time leadership is won or lost. */
  onLeadership?: (leading: boolean) => void;
};

const emptyChanged = (): ChangedIds => ({ queues: [], agents: [], callers: [], offers: [] });

/** YYYY-MM-DD in the tenant's time zone. */
function localDay(at: number, timezone: string): string {
  try {
    return new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
  } catch {
    return new Date(at).toISOString().slice(0, 10);
  }
}

/**
 * The call-centre dispatcher's authority. Every runtime instance runs one; the one that holds a
 * PostgreSQL session advisory lock (ACD_LEADER_LOCK) leads, the others wait to take over. The
 * leader keeps the dispatcher state in memory, takes events from AcdInbox in order (woken by
 * NOTIFY centrala_acd, and by its own timer for `nextTickAt`), dispatches them, and in ONE
 * transaction on the connection that holds the lock stores the changed state rows, the agent-leg
 * rows and decisions its commands need, and deletes the events it took. Only then are the commands
 * carried out. Writing through the lock's own connection fences a leader that lost its lock: its
 * writes fail with its connection, so two dispatchers never act on one state.
 */
export class AcdLeader {
  private client: pg.Client | null = null;
  private leading = false;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private tickTimer: NodeJS.Timeout | null = null;
  private tickAt = Infinity;
  private running: Promise<void> | null = null;
  private again = false;
  private readonly tenants = new Map<string, TenantAcd>();
  /** Tenants loaded ahead of their first event, whose setup (queues, presence) the next batch dispatches. */
  private readonly pendingSetup = new Set<string>();
  private readonly now: () => number;
  private readonly log: Logger;

  constructor(private readonly opts: AcdLeaderOptions) {
    this.now = opts.now ?? (() => Date.now());
    this.log = opts.logger.child({ component: "acd" });
  }

  get isLeading(): boolean {
    return this.leading;
  }

  /** Starts trying to lead (at once, then every `retryMs`). */
  start(): void {
    void this.tryLead();
  }

  /** Runs a batch now if leading (events waiting, timers due). Resolves when the inbox is drained. */
  drain(): Promise<void> {
    if (!this.leading) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while (this.leading && (await this.runBatch())) { /* until the inbox is empty */ }
        } while (this.again && this.leading);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** The tenant's state as this leader holds it (tests, diagnostics). */
  peek(tenantId: string): AcdState | undefined {
    return this.tenants.get(tenantId)?.state;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.tickTimer) clearTimeout(this.tickTimer);
    await this.running?.catch(() => {});
    const client = this.client;
    this.client = null;
    this.leading = false;
    await client?.end().catch(() => {});
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.tryLead();
    }, this.opts.retryMs ?? 1000);
    this.retryTimer.unref?.();
  }

  private async tryLead(): Promise<void> {
    if (this.closed || this.leading) return;
    try {
      if (!this.client) {
        const client = new pg.Client({ connectionString: this.opts.databaseUrl, connectionTimeoutMillis: 5000, keepAlive: true });
        client.on("error", (err) => this.loseLeadership(client, err.message));
        client.on("end", () => this.loseLeadership(client, "connection ended"));
        client.on("notification", () => void this.drain());
        await client.connect();
        if (this.closed) return void client.end().catch(() => {});
        this.client = client;
      }
      const { rows } = await this.client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [ACD_LEADER_LOCK.toString()]);
      if (!rows[0]?.ok) return this.scheduleRetry();
      await this.client.query("LISTEN centrala_acd");
      this.leading = true;
      this.tenants.clear();
      this.log.info("leading the call-centre dispatcher");
      this.opts.onLeadership?.(true);
      await this.preload();
      void this.drain();
    } catch (err) {
      this.log.warn({ err: err instanceof Error ? err.message : String(err) }, "could not try to lead the dispatcher");
      const client = this.client;
      this.client = null;
      await client?.end().catch(() => {});
      this.scheduleRetry();
    }
  }

  /**
   * Loads the tenants that have someone available to take calls before their first caller, so
   * the first call after a start or a take-over is offered as fast as the next.
   */
  private async preload(): Promise<void> {
    const { rows } = await this.opts.pool.query<{ tenantId: string }>(`SELECT DISTINCT "tenantId" FROM "AgentPresence" WHERE status = 'available' LIMIT 1000`);
    for (const { tenantId } of rows) {
      if (!this.leading || this.tenants.has(tenantId)) continue;
      const tenant = await this.loadTenant(tenantId, this.now()).catch(() => null);
      if (tenant && this.leading) {
        this.tenants.set(tenantId, tenant);
        this.pendingSetup.add(tenantId);
      }
    }
  }

  private loseLeadership(client: pg.Client, why: string): void {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => {});
    if (this.leading) {
      this.leading = false;
      this.tenants.clear();
      this.pendingSetup.clear();
      if (this.tickTimer) clearTimeout(this.tickTimer);
      this.tickTimer = null;
      this.tickAt = Infinity;
      if (!this.closed) this.log.warn({ err: why }, "lost the dispatcher's leadership");
      this.opts.onLeadership?.(false);
    }
    this.scheduleRetry();
  }

  /** One transaction's worth of events (and due ticks); false when there was nothing to do. */
  private async runBatch(): Promise<boolean> {
    const client = this.client;
    if (!client) return false;
    const { rows } = await client.query<{ id: string; tenantId: string; event: Record<string, unknown> }>(
      `SELECT id, "tenantId", event FROM "AcdInbox" ORDER BY id LIMIT ${BATCH}`,
    );
    const now = this.now();
    const due = [...this.tenants.values()].filter((t) => (t.nextTickAt !== null && t.nextTickAt <= now) || this.pendingSetup.has(t.tenantId));
    if (rows.length === 0 && due.length === 0) {
      this.armTimer();
      return false;
    }
    const work = new Map<string, TenantBatch>();
    const startedAt = performance.now();
    try {
      for (const row of rows) {
        const batch = await this.batchFor(work, row.tenantId, now);
        if (!batch) continue;
        for (const input of await this.expand(batch.tenant, row.event)) this.apply(batch, input);
        const context = row.event.context as AcdEventContext | undefined;
        if (row.event.type === "callerJoined" && context && typeof row.event.callerId === "string") batch.tenant.callers.set(row.event.callerId, context);
      }
      for (const tenant of due) {
        const batch = await this.batchFor(work, tenant.tenantId, now);
        if (batch && tenant.nextTickAt !== null && tenant.nextTickAt <= now) this.apply(batch, { type: "tick", at: now });
      }
      await client.query("BEGIN");
      for (const batch of work.values()) {
        const { tenant } = batch;
        await saveAcdRows(client, tenant.tenantId, collectAcdRowChanges(tenant.state, batch.changed, tenant.day));
        await this.opts.carrier.prepare(client, batch);
        await client.query("SELECT pg_notify('centrala_acd_changed', $1)", [tenant.tenantId]);
      }
      if (rows.length) await client.query(`DELETE FROM "AcdInbox" WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      // The states were changed in place by dispatch: read them again from what was stored.
      for (const tenantId of work.keys()) this.tenants.delete(tenantId);
      this.log.error({ err: err instanceof Error ? err.message : String(err) }, "dispatcher batch not stored; the events stay in the inbox");
      if (this.client === client) await new Promise((r) => setTimeout(r, 250));
      return this.client === client;
    }
    this.log.debug({ events: rows.length, ticks: due.length, ms: Math.round(performance.now() - startedAt) }, "dispatched a batch");
    for (const batch of work.values()) {
      for (const callerId of batch.changed.callers) if (!batch.tenant.state.callers[callerId]) batch.tenant.callers.delete(callerId);
      this.opts.carrier.carryOut(batch);
    }
    this.armTimer();
    return true;
  }

  /** The tenant's batch, loading the tenant first if this leader has not seen it yet (null: no such tenant). */
  private async batchFor(work: Map<string, TenantBatch>, tenantId: string, now: number): Promise<TenantBatch | null> {
    let batch = work.get(tenantId);
    if (batch) return batch;
    let tenant = this.tenants.get(tenantId);
    const fresh = !tenant || this.pendingSetup.delete(tenantId);
    if (!tenant) {
      const loaded = await this.loadTenant(tenantId, now);
      if (!loaded) return null;
      tenant = loaded;
      this.tenants.set(tenantId, tenant);
    }
    batch = { tenant, commands: [], events: [], changed: emptyChanged() };
    work.set(tenantId, batch);
    const today = localDay(now, tenant.timezone);
    if (tenant.day !== null && tenant.day !== today) this.apply(batch, { type: "countersReset", at: now });
    tenant.day = today;
    if (fresh) for (const input of await this.readTenantSetup(tenant, now)) this.apply(batch, input);
    return batch;
  }

  private async loadTenant(tenantId: string, now: number): Promise<TenantAcd | null> {
    const { rows } = await this.opts.pool.query<{ timezone: string }>(`SELECT timezone FROM "Tenant" WHERE id = $1`, [tenantId]);
    if (!rows[0]) return null;
    const stored = await loadAcdRecords(this.opts.pool, tenantId);
    return {
      tenantId, timezone: rows[0].timezone, day: stored?.day ?? null, nextTickAt: null, callers: new Map(),
      state: stored?.state ?? createAcdState({ at: now, idPrefix: `${tenantId}:` }),
    };
  }

  /**
   * What the stored state may have missed while nobody led (or never knew): every queue as it is
   * now, queues gone, and agents whose presence differs.
   */
  private async readTenantSetup(tenant: TenantAcd, now: number): Promise<AcdEventInput[]> {
    const { pool } = this.opts;
    const ids = await listQueueIds(pool, tenant.tenantId);
    const events: AcdEventInput[] = [];
    for (const id of ids) events.push(await readQueueConfig(pool, tenant.tenantId, id, now));
    for (const id of Object.keys(tenant.state.queues)) if (!ids.includes(id)) events.push({ type: "queueRemoved", at: now, queueId: id });
    for (const event of await readPresenceEvents(pool, tenant.tenantId, now)) {
      const agent = "agentId" in event ? tenant.state.agents[event.agentId] : undefined;
      const kind = event.type === "agentAvailable" ? "available" : event.type === "agentAway" ? "away" : "offline";
      if ((agent?.presence.kind ?? "offline") !== kind || (event.type === "agentAway" && agent?.presence.kind === "away" && agent.presence.reason !== event.reason)) events.push(event);
    }
    return events;
  }

  /** An inbox row as dispatcher events: `queueChanged` (from the queue tables' trigger) is read from the database. */
  private async expand(tenant: TenantAcd, raw: Record<string, unknown>): Promise<unknown[]> {
    if (raw.type !== "queueChanged") {
      const { context: _context, ...event } = raw;
      return [event];
    }
    return [await readQueueConfig(this.opts.pool, tenant.tenantId, String(raw.queueId), this.now())];
  }

  private apply(batch: TenantBatch, input: unknown): void {
    const parsed = parseAcdEvent(input);
    if (!parsed.ok) {
      this.log.warn({ tenant_id: batch.tenant.tenantId, err: parsed.error }, "dropped an event the dispatcher cannot read");
      return;
    }
    const { tenant } = batch;
    const event = parsed.event;
    const offer = "offerId" in event ? tenant.state.offers[event.offerId] : undefined;
    const result = dispatch(tenant.state, event);
    tenant.state = result.state;
    tenant.nextTickAt = result.nextTickAt;
    batch.commands.push(...result.commands);
    const legs = offer ? Object.fromEntries(Object.entries(offer.legs).map(([agentId, leg]) => [agentId, leg.status])) : {};
    batch.events.push({ event, ...(offer && { offerBefore: { callerId: offer.callerId, startedAt: offer.startedAt, legs } }) });
    mergeChangedIds(batch.changed, result.changed);
    if (result.ignored && event.type !== "tick") this.log.debug({ tenant_id: tenant.tenantId, event: event.type, ignored: result.ignored }, "dispatcher ignored an event");
  }

  private armTimer(): void {
    let next = Infinity;
    for (const tenant of this.tenants.values()) if (tenant.nextTickAt !== null && tenant.nextTickAt < next) next = tenant.nextTickAt;
    if (next === this.tickAt && this.tickTimer) return;
    if (this.tickTimer) clearTimeout(this.tickTimer);
    this.tickTimer = null;
    this.tickAt = next;
    if (next === Infinity || !this.leading) return;
    this.tickTimer = setTimeout(() => {
      this.tickTimer = null;
      this.tickAt = Infinity;
      void this.drain();
    }, Math.max(0, next - this.now()));
    this.tickTimer.unref?.();
  }
}
