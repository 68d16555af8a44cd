import type { FlowDocument, FlowNode } from "@centrala/flow";
import { readNodePorts } from "./readNodePorts";

type Point = { x: number; y: number };
type Size = { width: number; height: number };

// A new step's footprint: the widest common card, with a gap around it.
const cell = { width: 300, height: 150 };
const gap = 80;

/**
 * Where a step added from the keyboard (or by double-click) goes when a step is selected: right
 * under it, in the same column, or beside an earlier child on the same row when that is taken
 * (the way a menu's branches fan out) — never a diagonal staircase. `parentSize` is the selected
 * card's drawn size.
 */
export function placeBelow(doc: FlowDocument, parent: FlowNode, parentSize: Size): Point {
  const top = parent.position.y + parentSize.height + gap;
  const isFree = (spot: Point) => doc.nodes.every((node) => node.id === parent.id
    || Math.abs(node.position.x - spot.x) >= cell.width || Math.abs(node.position.y - spot.y) >= cell.height);
  for (let row = 0; row < 20; row++) {
    for (const column of [0, 1, -1, 2, -2, 3, -3]) {
      const spot = { x: parent.position.x + column * cell.width, y: top + row * cell.height };
      if (isFree(spot)) return spot;
    }
  }
  return { x: parent.position.x, y: top };
}

/** The first exit of a step that leads nowhere yet, in the order the card shows them. */
export function findFreePort(doc: FlowDocument, node: FlowNode): string | undefined {
  const used = new Set(doc.edges.filter((edge) => edge.source === node.id).map((edge) => edge.sourcePort));
  return readNodePorts(node).find((port) => !used.has(port.id))?.id;
}
