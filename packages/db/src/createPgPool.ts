import pg from "pg";
import { readDatabaseUrl } from "./readDatabaseUrl";

/** A plain pg pool for the runtime's hot path (call state, call records), where Prisma's per-query cost shows. */
export function createPgPool(url: string = readDatabaseUrl(), max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  return pool;
}
