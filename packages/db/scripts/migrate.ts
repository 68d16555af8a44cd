// Offline replacement for `prisma migrate`: drives Prisma's WebAssembly schema engine, writes the
// standard prisma/migrations layout and records into _prisma_migrations like the official CLI.
//   migrate.ts deploy | status | diff | dev --name <name> | reset --force
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createSchemaEngine } from "../src/migrate/createSchemaEngine";
import { loadMigrationsList, LOCKFILE_CONTENT, LOCKFILE_NAME } from "../src/migrate/loadMigrations";
import { readDatabaseUrl } from "../src/readDatabaseUrl";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const schemaPath = path.join(root, "prisma/schema.prisma");
const migrationsDir = path.join(root, "prisma/migrations");
const filters = { externalTables: [], externalEnums: [] };

async function main(): Promise<number> {
  const [command = "status", ...rest] = process.argv.slice(2);
  const url = readDatabaseUrl();
  const engine = await createSchemaEngine(url, schemaPath);
  const schemaFiles = { files: [{ path: schemaPath, content: (await import("node:fs")).readFileSync(schemaPath, "utf8") }] };
  try {
    if (command === "deploy") {
      const out = await engine.applyMigrations({ migrationsList: loadMigrationsList(migrationsDir), filters });
      console.log(out.appliedMigrationNames.length
        ? `Applied ${out.appliedMigrationNames.length} migration(s): ${out.appliedMigrationNames.join(", ")}`
        : "Database is up to date; no migration to apply.");
      return 0;
    }
    if (command === "status") {
      const out = await engine.diagnoseMigrationHistory({ migrationsList: loadMigrationsList(migrationsDir), optInToShadowDatabase: false, filters });
      const problems = [
        ...out.failedMigrationNames.map((n) => `failed migration: ${n}`),
        ...out.editedMigrationNames.map((n) => `edited after it was applied: ${n}`),
      ];
      if (out.history) problems.push(describeHistory(out.history));
      if (!out.hasMigrationsTable) problems.push("the database has no migrations table yet (run npm run db:deploy)");
      if (problems.length === 0) {
        console.log(`Database schema is up to date: ${loadMigrationsList(migrationsDir).migrationDirectories.length} migration(s) applied, in sync.`);
        return 0;
      }
      console.log(`Database is not in sync:\n- ${problems.join("\n- ")}`);
      return 1;
    }
    if (command === "diff") {
      const out = await engine.diff({
        from: { tag: "migrations", ...loadMigrationsList(migrationsDir) },
        to: { tag: "schemaDatamodel", ...schemaFiles },
        script: true, exitCode: null, filters,
      });
      process.stdout.write(out.stdout ?? "");
      return 0;
    }
    if (command === "reset") {
      if (!rest.includes("--force")) {
        console.error("reset drops every table in the database. Re-run with --force if you mean it.");
        return 2;
      }
      await engine.reset({ filter: filters });
      const out = await engine.applyMigrations({ migrationsList: loadMigrationsList(migrationsDir), filters });
      console.log(`Database reset; applied ${out.appliedMigrationNames.length} migration(s).`);
      return 0;
    }
    if (command === "dev") return await runDev(engine, rest, schemaFiles);
    console.error(`Unknown command "${command}". Use deploy, status, diff, dev --name <name> or reset --force.`);
    return 2;
  } finally {
    engine.free();
  }
}

async function runDev(engine: Awaited<ReturnType<typeof createSchemaEngine>>, args: string[], schema: { files: { path: string; content: string }[] }): Promise<number> {
  const name = args.find((a) => !a.startsWith("--")) ?? "";
  if (!/^[a-z0-9_]+$/.test(name)) {
    console.error('Give the migration a name of lowercase letters, digits and "_": npm run db:migrate -- add_prompts');
    return 2;
  }
  const pending = await engine.applyMigrations({ migrationsList: loadMigrationsList(migrationsDir), filters });
  if (pending.appliedMigrationNames.length > 0 && !process.env.CENTRALA_MIGRATE_CHILD) {
    console.log(`Applied pending migration(s): ${pending.appliedMigrationNames.join(", ")}`);
    // The engine cannot evaluate a new migration in the same process right after applying one.
    engine.free();
    const child = spawnSync(process.execPath, process.execArgv.concat(process.argv.slice(1)), {
      stdio: "inherit", env: { ...process.env, CENTRALA_MIGRATE_CHILD: "1" },
    });
    process.exit(child.status ?? 1);
  }
  const diagnostic = await engine.devDiagnostic({ migrationsList: loadMigrationsList(migrationsDir), filters });
  if (diagnostic.action.tag === "reset") {
    console.error(`The database has drifted from the migration history: ${diagnostic.action.reason}\nRun: npx tsx packages/db/scripts/migrate.ts reset --force`);
    return 1;
  }
  const loss = await engine.evaluateDataLoss({ migrationsList: loadMigrationsList(migrationsDir), schema, filters });
  for (const w of loss.warnings) console.warn(`Warning: ${w.message}`);
  if (loss.unexecutableSteps.length) {
    for (const s of loss.unexecutableSteps) console.error(`Cannot apply: ${s.message}`);
    return 1;
  }
  const created = await engine.createMigration({ draft: false, migrationName: name, migrationsList: loadMigrationsList(migrationsDir), schema, filters });
  if (!created.migrationScript) {
    console.log("Already in sync: the schema has no changes to migrate.");
    return 0;
  }
  const dir = path.join(migrationsDir, created.generatedMigrationName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `migration.${created.extension}`), created.migrationScript);
  if (!existsSync(path.join(migrationsDir, LOCKFILE_NAME))) writeFileSync(path.join(migrationsDir, LOCKFILE_NAME), LOCKFILE_CONTENT);
  const applied = await engine.applyMigrations({ migrationsList: loadMigrationsList(migrationsDir), filters });
  console.log(`Created and applied ${created.generatedMigrationName} (${applied.appliedMigrationNames.length} applied).`);
  return 0;
}

function describeHistory(h: { diagnostic: string; unappliedMigrationNames?: string[]; unpersistedMigrationNames?: string[] }): string {
  if (h.diagnostic === "databaseIsBehind") return `not yet applied: ${(h.unappliedMigrationNames ?? []).join(", ")}`;
  if (h.diagnostic === "migrationsDirectoryIsBehind") return `applied but missing from prisma/migrations: ${(h.unpersistedMigrationNames ?? []).join(", ")}`;
  return "the database's migration history and prisma/migrations have diverged";
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`Migration failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
