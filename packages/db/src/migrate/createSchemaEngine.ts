import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { convertUrlToPgConfig } from "./pgConfig";

const require = createRequire(import.meta.url);

// adapter-pg cannot deserialize PostgreSQL's internal "char" (18) and name (19) columns, which the
// schema engine reads from pg_catalog; report them (and their arrays) as text.
const TEXT_OIDS: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 };
type ResultProto = { addFields(fields: { dataTypeID: number }[]): void; __centralaPatched?: boolean };
function patchCatalogTypes(): void {
  const proto = (pg as unknown as { Result: { prototype: ResultProto } }).Result.prototype;
  if (proto.__centralaPatched) return;
  const original = proto.addFields;
  proto.addFields = function (fields) {
    for (const f of fields) f.dataTypeID = TEXT_OIDS[f.dataTypeID] ?? f.dataTypeID;
    return original.call(this, fields);
  };
  proto.__centralaPatched = true;
}

async function runAdminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client(convertUrlToPgConfig(url, "postgres"));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

type ScriptAdapter = { executeScript(script: string): Promise<void>; underlyingDriver(): { query(sql: string): Promise<unknown> } };

/**
 * adapter-pg runs a migration script by splitting it on every ";", which breaks any function body
 * ($$ ... $$) in a migration. PostgreSQL takes a whole script in one simple query (as psql -1 would,
 * in one implicit transaction), so send it whole.
 */
function runScriptsWhole<A>(adapter: A): A {
  const scripted = adapter as unknown as ScriptAdapter;
  scripted.executeScript = async (script) => {
    await scripted.underlyingDriver().query(script);
  };
  return adapter;
}

// adapter-pg's own shadow database reuses the main database when given a connection string and
// drops the shadow database before closing its pool; create and drop it ourselves.
class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly url: string) {
    super(convertUrlToPgConfig(url));
  }
  override async connect() {
    return runScriptsWhole(await super.connect());
  }
  override async connectToShadowDb() {
    const name = `centrala_shadow_${randomUUID().replaceAll("-", "")}`;
    await runAdminQuery(this.url, `CREATE DATABASE "${name}"`);
    const adapter = runScriptsWhole(await new PrismaPg(convertUrlToPgConfig(this.url, name)).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await runAdminQuery(this.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  }
}

let wasmReady = false;
function loadWasm(): void {
  if (wasmReady) return;
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
  let panic = "";
  // The engine reports Rust panics through this global; without it a panic becomes an opaque crash.
  g.PRISMA_WASM_PANIC_REGISTRY = {
    get message() { return panic; },
    set_message(m: string) { panic = m; },
    get() { return panic; },
  };
  // The package exports only its JS glue, so find the .wasm file beside it.
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports });
  (glue as unknown as { __wbg_set_wasm(w: unknown): void }).__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  wasmReady = true;
}

/** Starts Prisma's schema engine (WebAssembly) against a PostgreSQL URL, with no native binary. */
export async function createSchemaEngine(url: string, schemaPath: string): Promise<SchemaEngine> {
  patchCatalogTypes();
  loadWasm();
  const { SchemaEngine } = glue as unknown as { SchemaEngine: { new: (o: unknown, log: (m: string) => void, a: unknown) => Promise<SchemaEngine> } };
  const log = (message: string) => {
    if (process.env.CENTRALA_MIGRATE_DEBUG) console.error(message);
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(new MigrationAdapterFactory(url));
  return SchemaEngine.new({ datamodels: [[schemaPath, readFileSync(schemaPath, "utf8")]] }, log, adapter);
}
