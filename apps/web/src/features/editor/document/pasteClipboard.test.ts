import { describe, expect, it } from "vitest";
import { nodeIdPattern, validateFlow } from "@centrala/flow";
import { copySelection } from "./copySelection";
import { pasteClipboard } from "./pasteClipboard";
import { createTestDocument } from "./testDocument";

describe("copy and paste", () => {
  const doc = createTestDocument();

  it("copies only connections between copied steps, never the incoming-call step", () => {
    const copied = copySelection(doc, ["start", "menu", "sales"]);
    expect(copied.nodes.map((n) => n.id)).toEqual(["menu", "sales"]);
    expect(copied.edges.map((e) => e.id)).toEqual(["e2"]);
  });

  it("gives pasted steps new ids, keeps their internal connections and offsets them", () => {
    const copied = copySelection(doc, ["menu", "sales", "support"]);
    const pasted = pasteClipboard(doc, copied, { x: 40, y: 40 });
    const oldIds = new Set(doc.nodes.map((n) => n.id));
    expect(pasted.nodes.every((n) => !oldIds.has(n.id) && nodeIdPattern.test(n.id))).toBe(true);
    expect(pasted.edges).toHaveLength(2);
    const pastedIds = new Set(pasted.nodes.map((n) => n.id));
    expect(pasted.edges.every((e) => pastedIds.has(e.source) && pastedIds.has(e.target))).toBe(true);
    const menu = pasted.nodes.find((n) => n.kind === "menu");
    expect(menu?.position).toEqual({ x: 40, y: 190 });
    expect(pasted.edges.find((e) => e.sourcePort === "key:1")?.target).toBe(pasted.nodes.find((n) => n.label === "Sales")?.id);
  });

  it("pasting twice never produces duplicate ids", () => {
    const copied = copySelection(doc, ["menu", "sales"]);
    const first = pasteClipboard(doc, copied, { x: 40, y: 40 });
    const merged = { ...doc, nodes: [...doc.nodes, ...first.nodes], edges: [...doc.edges, ...first.edges] };
    const second = pasteClipboard(merged, copied, { x: 80, y: 80 });
    const all = { ...merged, nodes: [...merged.nodes, ...second.nodes], edges: [...merged.edges, ...second.edges] };
    const codes = validateFlow(all).map((p) => p.code);
    expect(codes).not.toContain("FLOW006");
    expect(codes).not.toContain("FLOW007");
  });
});
