import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgPool } from "../createPgPool";
import { keepTableStatistics, needsAnalyse } from "./keepTableStatistics";

let pool: ReturnType<typeof createPgPool>;
beforeAll(() => { pool = createPgPool(undefined, 2); });
afterAll(async () => pool.end());

describe("table statistics keeper", () => {
  it("asks for fresh statistics once a table has at least doubled by the minimum growth", () => {
    expect(needsAnalyse(1000, 0, 1000)).toBe(true);
    expect(needsAnalyse(999, 0, 1000)).toBe(false);
    expect(needsAnalyse(20_000, 10_000, 1000)).toBe(true);
    expect(needsAnalyse(19_999, 10_000, 1000)).toBe(false);
    expect(needsAnalyse(1500, 600, 1000)).toBe(false);
    expect(needsAnalyse(1600, 600, 1000)).toBe(true);
  });

  it("analyses a table that grew past its statistics, and leaves it alone afterwards", async () => {
    const table = `stats_probe_${randomBytes(4).toString("hex")}`;
    const client = await pool.connect();
    try {
      await client.query(`CREATE TABLE "${table}" (id int PRIMARY KEY)`);
      await client.query(`INSERT INTO "${table}" SELECT g FROM generate_series(1, 3000) g`);
      await client.query("SELECT pg_stat_force_next_flush()");
      await client.query("SELECT 1"); // the flush happens at the end of a transaction
    } finally {
      client.release();
    }
    const analysed: [string, number, number][] = [];
    const keeper = keepTableStatistics(pool, { tables: [table], intervalMs: 60_000, onAnalysed: (t, live, known) => analysed.push([t, live, known]) });
    await keeper.check();
    expect(analysed).toEqual([[table, 3000, 0]]);
    const { rows } = await pool.query(`SELECT reltuples::int AS n FROM pg_class WHERE relname = $1`, [table]);
    expect(rows[0].n).toBe(3000);
    await keeper.check();
    expect(analysed).toHaveLength(1);
    await keeper.stop();
    await pool.query(`DROP TABLE "${table}"`);
  });
});
