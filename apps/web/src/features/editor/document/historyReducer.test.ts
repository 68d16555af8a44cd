import { describe, expect, it } from "vitest";
import { createHistory, readRedoAction, readUndoAction, reduceHistory, type History, type HistoryCommand } from "./historyReducer";
import { createTestDocument } from "./testDocument";

function run(history: History, ...commands: HistoryCommand[]): History {
  return commands.reduce(reduceHistory, history);
}

describe("reduceHistory", () => {
  it("undoes and redoes a deleted node together with its connections", () => {
    const start = createHistory(createTestDocument());
    const deleted = run(start, { type: "do", action: { type: "remove", nodeIds: ["sales"], edgeIds: [] } });
    expect(deleted.present.nodes.map((n) => n.id)).not.toContain("sales");
    expect(deleted.present.edges.map((e) => e.id)).toEqual(["e1", "e3"]);
    expect(readUndoAction(deleted)).toBe("remove");

    const undone = run(deleted, { type: "undo" });
    expect(undone.present).toBe(start.present);
    expect(readRedoAction(undone)).toBe("remove");

    const redone = run(undone, { type: "redo" });
    expect(redone.present).toBe(deleted.present);
  });

  it("never deletes the incoming-call step", () => {
    const history = run(createHistory(createTestDocument()), { type: "do", action: { type: "remove", nodeIds: ["start"], edgeIds: [] } });
    expect(history.past).toHaveLength(0);
    expect(history.present.nodes.some((n) => n.kind === "start")).toBe(true);
  });

  it("records nothing for an action that changes nothing, and a new action clears redo", () => {
    const start = createHistory(createTestDocument());
    const moved = run(start, { type: "do", action: { type: "moveNodes", positions: { menu: { x: 0, y: 150 } } } });
    expect(moved).toBe(start);
    const changed = run(start,
      { type: "do", action: { type: "rename", nodeId: "menu", label: "Reception" } },
      { type: "undo" },
      { type: "do", action: { type: "rename", nodeId: "menu", label: "Front desk" } });
    expect(changed.future).toHaveLength(0);
    expect(changed.present.nodes.find((n) => n.id === "menu")?.label).toBe("Front desk");
  });

  it("merges a run of typing into one undo step", () => {
    const typed = run(createHistory(createTestDocument()),
      { type: "do", action: { type: "rename", nodeId: "menu", label: "R" }, mergeKey: "menu:label" },
      { type: "do", action: { type: "rename", nodeId: "menu", label: "Re" }, mergeKey: "menu:label" },
      { type: "do", action: { type: "rename", nodeId: "menu", label: "Rec" }, mergeKey: "menu:label" });
    expect(typed.past).toHaveLength(1);
    expect(run(typed, { type: "undo" }).present.nodes.find((n) => n.id === "menu")?.label).toBe("Main menu");
  });

  it("drops connections from a menu key that was removed", () => {
    const doc = createTestDocument();
    const menu = doc.nodes.find((n) => n.id === "menu");
    const history = run(createHistory(doc), { type: "do", action: { type: "updateData", nodeId: "menu", data: { ...menu?.data, keys: ["1"] } } });
    expect(history.present.edges.map((e) => e.id)).toEqual(["e1", "e2"]);
  });

  it("replaces the whole document on import and undoes the import", () => {
    const start = createHistory(createTestDocument());
    const imported = run(start, { type: "do", action: { type: "replace", document: { version: 1, nodes: [], edges: [] }, reason: "import" } });
    expect(imported.present.nodes).toHaveLength(0);
    expect(run(imported, { type: "undo" }).present).toBe(start.present);
  });
});
