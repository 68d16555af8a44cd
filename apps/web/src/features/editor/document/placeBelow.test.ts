import { describe, expect, it } from "vitest";
import { findFreePort, placeBelow } from "./placeBelow";
import { createTestDocument } from "./testDocument";

const size = { width: 240, height: 110 };

describe("placeBelow", () => {
  it("puts a step straight under the selected one when the space is free", () => {
    const doc = createTestDocument();
    const support = doc.nodes.find((node) => node.id === "support")!;
    expect(placeBelow(doc, support, size)).toEqual({ x: 150, y: 300 + 110 + 80 });
  });

  it("puts a second child beside the first, on the same row (no staircase)", () => {
    const doc = createTestDocument();
    const start = doc.nodes.find((node) => node.id === "start")!;
    // "menu" sits right under "start": the next child goes one column to the right, same row.
    const spot = placeBelow(doc, start, size);
    expect(spot.y).toBe(0 + 110 + 80);
    const beside = placeBelow({ ...doc, nodes: [...doc.nodes, { id: "n1", kind: "hangup", position: spot, data: {} }] }, start, size);
    expect(beside.y).toBe(spot.y);
    expect(Math.abs(beside.x - spot.x)).toBeGreaterThanOrEqual(300);
  });

  it("finds the first exit that leads nowhere", () => {
    const doc = createTestDocument();
    const menu = doc.nodes.find((node) => node.id === "menu")!;
    expect(findFreePort(doc, menu)).toBe("noInput");
    expect(findFreePort(doc, doc.nodes.find((node) => node.id === "start")!)).toBeUndefined();
  });
});
