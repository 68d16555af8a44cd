import { describe, expect, it } from "vitest";
import { applyEditorAction } from "./editorAction";
import { convertDocumentToCanvasEdges, convertDocumentToCanvasNodes, ghostId } from "./convertDocumentToCanvas";
import type { CanvasOverlay } from "./canvasTypes";
import { createTestDocument } from "./testDocument";

const overlay: CanvasOverlay = { problems: new Map(), readOnly: false, strict: false };

describe("document <-> canvas", () => {
  it("draws one node per step with its kind's exits, and one edge per connection", () => {
    const doc = createTestDocument();
    const nodes = convertDocumentToCanvasNodes([], doc, overlay);
    expect(nodes.map((n) => [n.id, n.type])).toEqual([["start", "start"], ["menu", "menu"], ["sales", "play"], ["support", "play"]]);
    expect(nodes[1]?.data.ports.map((p) => p.id)).toEqual(["key:1", "key:2", "noInput", "invalid"]);
    expect(nodes[1]?.data.connected).toBe("key:1,key:2");
    const edges = convertDocumentToCanvasEdges(doc, { selected: new Set(["e2"]), readOnly: false });
    expect(edges.map((e) => [e.source, e.sourceHandle, e.target, e.selected])).toEqual([
      ["start", "next", "menu", false], ["menu", "key:1", "sales", true], ["menu", "key:2", "support", false],
    ]);
  });

  it("keeps unchanged nodes as the same objects and carries selection and size over", () => {
    const doc = createTestDocument();
    const first = convertDocumentToCanvasNodes([], doc, overlay).map((n) => (n.id === "sales" ? { ...n, selected: true, measured: { width: 200, height: 80 } } : n));
    const renamed = applyEditorAction(doc, { type: "rename", nodeId: "sales", label: "Sales desk" });
    const second = convertDocumentToCanvasNodes(first, renamed, overlay);
    expect(second[0]).toBe(first[0]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[2]?.selected).toBe(true);
    expect(second[2]?.measured).toEqual({ width: 200, height: 80 });
  });

  it("puts problems, comparison marks and the live call on the nodes", () => {
    const doc = createTestDocument();
    const support = doc.nodes[3];
    const nodes = convertDocumentToCanvasNodes([], doc, {
      problems: new Map([["menu", [{ code: "FLOW030", severity: "error", nodeId: "menu", message: { en: "x", pl: "y" } }]]]),
      diff: { marks: new Map([["sales", "changed"], ["gone", "removed"]]), removedNodes: support ? [{ ...support, id: "gone" }] : [] },
      activeNodeId: "sales",
      visited: new Set(["start", "menu"]),
      readOnly: true, strict: true,
    });
    expect(nodes.find((n) => n.id === "menu")?.data.problems).toHaveLength(1);
    expect(nodes.find((n) => n.id === "sales")?.data).toMatchObject({ diff: "changed", run: "active" });
    expect(nodes.find((n) => n.id === "menu")?.data.run).toBe("visited");
    const ghost = nodes.find((n) => n.id === ghostId("gone"));
    expect(ghost?.data.ghost).toBe(true);
    expect(ghost?.selectable).toBe(false);
    expect(nodes.every((n) => n.draggable === false)).toBe(true);
  });
});
