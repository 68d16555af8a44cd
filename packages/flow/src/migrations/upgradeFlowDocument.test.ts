import { describe, expect, it } from "vitest";
import { upgradeFlowDocument } from "./upgradeFlowDocument";
import { currentFlowVersion, flowMigrations, type FlowMigration } from "./registry";

// Version 1 is the only shipped format, so the mechanism is exercised with made-up formats.
const migrateFlowV1ToV2: FlowMigration = {
  from: 1, name: "migrateFlowV1ToV2",
  migrate: (doc) => ({ ...doc, nodes: (doc.nodes as unknown[]).map((node) => ({ ...(node as object), renamed: true })) }),
};
const migrateFlowV2ToV3: FlowMigration = { from: 2, name: "migrateFlowV2ToV3", migrate: (doc) => ({ ...doc, edges: [] }) };

describe("upgradeFlowDocument", () => {
  it("has a migration for every version below the current one", () => {
    for (let version = 1; version < currentFlowVersion; version += 1) {
      expect(flowMigrations.some((migration) => migration.from === version)).toBe(true);
    }
  });

  it("leaves a current document untouched", () => {
    const doc = { version: currentFlowVersion, nodes: [], edges: [] };
    expect(upgradeFlowDocument(doc)).toEqual({ ok: true, document: doc });
  });

  it("runs the migrations in order and stamps each version", () => {
    const result = upgradeFlowDocument({ version: 1, nodes: [{ id: "a" }], edges: [{ id: "e" }] }, [migrateFlowV2ToV3, migrateFlowV1ToV2], 3);
    expect(result).toEqual({ ok: true, document: { version: 3, nodes: [{ id: "a", renamed: true }], edges: [] } });
  });

  it("names the migration that failed", () => {
    const broken: FlowMigration = { from: 1, name: "migrateFlowV1ToV2", migrate: () => { throw new Error("boom"); } };
    const result = upgradeFlowDocument({ version: 1 }, [broken], 2);
    expect(result).toMatchObject({ ok: false, problems: [{ code: "FLOW009" }] });
    expect(!result.ok && result.problems[0]?.message.en).toContain("migrateFlowV1ToV2");
  });

  it("refuses missing, non-numeric and future versions", () => {
    expect(upgradeFlowDocument({})).toMatchObject({ ok: false, problems: [{ code: "FLOW002" }] });
    expect(upgradeFlowDocument({ version: "1" })).toMatchObject({ ok: false, problems: [{ code: "FLOW002" }] });
    expect(upgradeFlowDocument({ version: currentFlowVersion + 1 })).toMatchObject({ ok: false, problems: [{ code: "FLOW003" }] });
  });
});
