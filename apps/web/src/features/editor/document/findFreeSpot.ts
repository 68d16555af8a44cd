import type { FlowDocument } from "@centrala/flow";

// Roomy enough for the widest common step (a queue with three labelled exits).
const size = { width: 340, height: 170 };

type Point = { x: number; y: number };

/**
 * The point nearest to `wanted` where new steps would not cover existing ones (rings of
 * candidate spots around it), so steps added from the keyboard or pasted never pile up.
 * `shape` lists where each new step sits relative to the point (one step at 0,0 by default).
 */
export function findFreeSpot(doc: FlowDocument, wanted: Point, shape: readonly Point[] = [{ x: 0, y: 0 }]): Point {
  const isFree = (spot: Point) => shape.every((part) => doc.nodes.every((node) =>
    Math.abs(node.position.x - spot.x - part.x) >= size.width || Math.abs(node.position.y - spot.y - part.y) >= size.height));
  for (let ring = 0; ring <= 12; ring++) {
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const spot = { x: wanted.x + dx * size.width, y: wanted.y + dy * size.height };
        if (isFree(spot)) return spot;
      }
    }
  }
  return wanted;
}
