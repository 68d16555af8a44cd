import { describe, expect, it } from "vitest";
import { findFreeSpot } from "./findFreeSpot";
import { createTestDocument } from "./testDocument";

describe("findFreeSpot", () => {
  it("keeps the wanted point when it is free and moves next to a step that covers it", () => {
    const doc = createTestDocument();
    expect(findFreeSpot(doc, { x: 1000, y: 1000 })).toEqual({ x: 1000, y: 1000 });
    const spot = findFreeSpot(doc, { x: 0, y: 150 });
    expect(spot).not.toEqual({ x: 0, y: 150 });
    expect(doc.nodes.every((node) => Math.abs(node.position.x - spot.x) >= 340 || Math.abs(node.position.y - spot.y) >= 170)).toBe(true);
  });

  it("finds room for a whole pasted group", () => {
    const doc = createTestDocument();
    const shape = [{ x: 0, y: 0 }, { x: 0, y: 150 }];
    const spot = findFreeSpot(doc, { x: 40, y: 40 }, shape);
    for (const part of shape) {
      expect(doc.nodes.every((node) => Math.abs(node.position.x - spot.x - part.x) >= 340 || Math.abs(node.position.y - spot.y - part.y) >= 170)).toBe(true);
    }
  });
});
