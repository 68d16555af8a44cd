import type { PoolConfig } from "pg";

/** Splits a PostgreSQL URL into discrete pg settings, optionally for another database on the same server. */
export function convertUrlToPgConfig(url: string, database?: string): PoolConfig {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: database ?? decodeURIComponent(u.pathname.slice(1)),
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    // A CLI must not wait for idle connections to time out before it can exit.
    allowExitOnIdle: true,
  };
}
