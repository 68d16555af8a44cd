import { describe, expect, it } from "vitest";
import { diffDocuments } from "./diffDocuments";
import { createTestDocument } from "./testDocument";

describe("diffDocuments", () => {
  it("marks added, removed and changed steps, ignoring moves", () => {
    const base = createTestDocument();
    const draft = structuredClone(base);
    draft.nodes = draft.nodes.filter((n) => n.id !== "support");
    draft.edges = draft.edges.filter((e) => e.target !== "support");
    draft.nodes.push({ id: "bye", kind: "hangup", position: { x: 0, y: 500 }, data: {} });
    const sales = draft.nodes.find((n) => n.id === "sales");
    if (sales) sales.data = { prompt: { type: "tts", text: "Sales team", language: "en-US" } };
    const start = draft.nodes.find((n) => n.id === "start");
    if (start) start.position = { x: 500, y: 500 };

    const diff = diffDocuments(base, draft);
    expect(Object.fromEntries(diff.marks)).toEqual({ bye: "added", sales: "changed", support: "removed", menu: "changed" });
    expect(diff.removedNodes.map((n) => n.id)).toEqual(["support"]);
  });

  it("finds nothing between identical documents", () => {
    expect(diffDocuments(createTestDocument(), createTestDocument()).marks.size).toBe(0);
  });
});
