import { createProblem } from "../validate/catalogue";
import type { Problem } from "../validate/problem";
import { currentFlowVersion, flowMigrations, type FlowMigration } from "./registry";

export type UpgradeResult =
  | { ok: true; document: Record<string, unknown> }
  | { ok: false; problems: Problem[] };

/** Brings a raw document (any version) to the current format through the named migrations. */
export function upgradeFlowDocument(
  raw: Record<string, unknown>,
  migrations: readonly FlowMigration[] = flowMigrations,
  targetVersion: number = currentFlowVersion,
): UpgradeResult {
  const version = raw.version;
  if (version === undefined || typeof version !== "number" || !Number.isInteger(version)) {
    return { ok: false, problems: [createProblem("FLOW002", {})] };
  }
  if (version > targetVersion) {
    return { ok: false, problems: [createProblem("FLOW003", { version: String(version), supported: targetVersion })] };
  }
  let document = raw;
  for (let from = version; from < targetVersion; from += 1) {
    const migration = migrations.find((candidate) => candidate.from === from);
    if (!migration) {
      return { ok: false, problems: [createProblem("FLOW009", { migration: `version ${from} → ${from + 1}` })] };
    }
    try {
      // The mechanism, not each migration, stamps the version, so a migration cannot forget it.
      document = { ...migration.migrate(document), version: from + 1 };
    } catch {
      return { ok: false, problems: [createProblem("FLOW009", { migration: migration.name })] };
    }
  }
  return { ok: true, document };
}
