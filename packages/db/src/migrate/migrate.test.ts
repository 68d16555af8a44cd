import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDatabaseUrl } from "../readDatabaseUrl";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const dbName = `centrala_migrate_${Date.now()}`;
const serverUrl = readDatabaseUrl();
const url = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: Object.assign(new URL(serverUrl), { pathname: "/postgres" }).toString() });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}
function migrate(...args: string[]) {
  const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["packages/db/scripts/migrate.ts", ...args], {
    cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8",
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeAll(() => admin(`CREATE DATABASE "${dbName}"`));
afterAll(() => admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));

describe("offline migration runner", () => {
  it("reports a new database as behind, applies migrations once, then reports it in sync", () => {
    const before = migrate("status");
    expect(before.code).toBe(1);
    expect(before.out).toMatch(/not in sync/);
    const first = migrate("deploy");
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Applied \d+ migration/);
    const second = migrate("deploy");
    expect(second.out).toMatch(/no migration to apply/);
    const status = migrate("status");
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/in sync/);
  }, 120_000); // spawns the migration runner three times; each new migration adds to it

  it("finds no difference between the schema and the migrations", () => {
    const diff = migrate("diff");
    expect(diff.code).toBe(0);
    expect(diff.out.replace(/--.*$/gm, "").trim()).toBe("");
  });

  it("names the missing variable when DATABASE_URL is absent", () => {
    const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["packages/db/scripts/migrate.ts", "status"], {
      cwd: root, env: { PATH: process.env.PATH }, encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/DATABASE_URL is not set/);
  });
});
