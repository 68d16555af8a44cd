import type { Pool } from "pg";

/** The call-path tables whose row counts change by thousands a second. */
export const CALL_PATH_TABLES = ["Call", "CallEvent", "CallState"] as const;

export type TableStatisticsOptions = {
  tables?: readonly string[];
  /** How often the row counts are compared with the planner's statistics (default 2 s). */
  intervalMs?: number;
  /** A table is analysed once it holds this many rows more than its statistics say (default 1,000). */
  minGrowth?: number;
  onAnalysed?: (table: string, rows: number, known: number) => void;
  onError?: (err: unknown) => void;
};

/**
 * Keeps the planner's statistics of the call-path tables in step with their size while they grow
 * fast, which autovacuum (it looks once a minute) does not.
 *
 * Why: each PostgreSQL backend plans the foreign-key check of a CallEvent insert (`SELECT 1 FROM
 * "Call" WHERE id = $1 AND "tenantId" = $2 FOR KEY SHARE`) once and keeps that plan until the
 * table's statistics change. On a fresh database the plan is made while "Call" holds a few rows and
 * has never been analysed; the planner then rates the call-log index ("tenantId", "startedAt") as
 * good as the unique index, picks it, and every later check scans all of the tenant's calls. With
 * tens of thousands of calls that is 2–3 ms per event row: about 1,600 rows a second from a backend
 * at full CPU, until autovacuum's first ANALYZE (up to a minute later) makes every backend plan
 * again. ANALYZE is cheap (a sample of the table) and does not block writers, so this analyses a
 * table as soon as it holds twice the rows its statistics know of (and at least `minGrowth` more):
 * a handful of times while a table grows from nothing to a million rows, after which autovacuum's
 * own thresholds are close enough.
 */
export function keepTableStatistics(pool: Pool, opts: TableStatisticsOptions = {}) {
  const tables = opts.tables ?? CALL_PATH_TABLES;
  const minGrowth = opts.minGrowth ?? 1000;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function check(): Promise<void> {
    const { rows } = await pool.query<{ relname: string; live: string; known: string }>({
      name: "table_statistics_check",
      text: `SELECT c.relname, COALESCE(s.n_live_tup, 0)::bigint AS live, GREATEST(c.reltuples, 0)::bigint AS known
             FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
             WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1::text[])`,
      values: [tables],
    });
    for (const row of rows) {
      const live = Number(row.live);
      const known = Number(row.known);
      if (stopped || !needsAnalyse(live, known, minGrowth)) continue;
      await pool.query(`ANALYZE "${row.relname.replaceAll('"', '""')}"`);
      opts.onAnalysed?.(row.relname, live, known);
    }
  }

  function tick(): Promise<void> {
    running ??= check().catch((err: unknown) => opts.onError?.(err)).finally(() => { running = null; });
    return running;
  }

  const timer = setInterval(() => void tick(), opts.intervalMs ?? 2000);
  timer.unref?.();
  return {
    /** Compares and analyses now (tests, and the runtime once it has warmed up). */
    check: tick,
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/** A table needs fresh statistics once it has at least doubled (by `minGrowth` rows or more) since they were taken. */
export function needsAnalyse(live: number, known: number, minGrowth: number): boolean {
  return live - known >= minGrowth && live >= 2 * known;
}
