import { describe, expect, it } from "vitest";
import { convertDocumentToCanvasEdges } from "./convertDocumentToCanvas";
import { filterEdgesNearArea } from "./filterEdgesNearArea";
import { createTestDocument } from "./testDocument";

describe("filterEdgesNearArea", () => {
  const doc = createTestDocument();
  const edges = convertDocumentToCanvasEdges(doc, { selected: new Set(), readOnly: false });

  it("keeps connections leaving the area or arriving from nearby, and always the highlighted ones", () => {
    const nearSupport = { left: 100, top: 250, right: 400, bottom: 400 };
    expect(filterEdgesNearArea(doc, edges, nearSupport, new Set()).map((edge) => edge.id)).toEqual(["e3"]);
    expect(filterEdgesNearArea(doc, edges, nearSupport, new Set(["e1"])).map((edge) => edge.id)).toEqual(["e1", "e3"]);
  });

  it("leaves out lines arriving from far away", () => {
    const far = { ...doc, nodes: doc.nodes.map((node) => (node.id === "menu" ? { ...node, position: { x: 5000, y: 5000 } } : node)) };
    const aroundSupport = { left: 100, top: 250, right: 200, bottom: 350 };
    expect(filterEdgesNearArea(far, edges, aroundSupport, new Set()).map((edge) => edge.id)).toEqual([]);
  });
});
