import { describe, expect, it } from "vitest";
import { convertDocumentToCanvasEdges, convertDocumentToCanvasNodes } from "../document/convertDocumentToCanvas";
import { createTestDocument } from "../document/testDocument";
import { pickOpeningNodes } from "./pickOpeningNodes";

describe("pickOpeningNodes", () => {
  it("starts at the incoming call and takes the nearest steps first", () => {
    const doc = createTestDocument();
    const nodes = convertDocumentToCanvasNodes([], doc, { problems: new Map(), readOnly: false, strict: false });
    const edges = convertDocumentToCanvasEdges(doc, { selected: new Set(), readOnly: false });
    expect(pickOpeningNodes(nodes, edges, 3)).toEqual([{ id: "start" }, { id: "menu" }, { id: "sales" }]);
  });
});
