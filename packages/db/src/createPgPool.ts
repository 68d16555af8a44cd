import pg from "pg";
import { readDatabaseUrl } from "./readDatabaseUrl";

/** A plain pg pool for the runtime's hot path (call state, call records), where Prisma's per-query cost shows. */
export function createPgPool(url: string = readDatabaseUrl(), max = 10): pg.Pool {
  // A connection that cannot be made in 5 s fails instead of waiting for ever (an unreachable host),
  // and idle connections send TCP keep-alives so a vanished server is noticed.
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000, keepAlive: true });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  return pool;
}
