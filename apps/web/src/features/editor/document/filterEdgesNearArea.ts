import type { FlowDocument } from "@centrala/flow";
import type { CanvasEdge } from "./canvasTypes";

export type Area = { left: number; top: number; right: number; bottom: number };

/**
 * Keeps the connections of a big flow that matter around the view: those leaving a step in the
 * area, and those arriving in it from not too far away. Hundreds of lines from all over the flow
 * into one shared "goodbye" step made panning a 1,000-step flow stutter and read as spaghetti;
 * the step's exits still say where they lead. Selected or highlighted connections always stay.
 */
export function filterEdgesNearArea(doc: FlowDocument, edges: readonly CanvasEdge[], area: Area, keep: ReadonlySet<string>): CanvasEdge[] {
  const width = area.right - area.left;
  const height = area.bottom - area.top;
  const wider = { left: area.left - width, top: area.top - height, right: area.right + width, bottom: area.bottom + height };
  const inArea = new Set<string>();
  const inWider = new Set<string>();
  for (const node of doc.nodes) {
    if (contains(wider, node.position)) inWider.add(node.id);
    if (contains(area, node.position)) inArea.add(node.id);
  }
  return edges.filter((edge) => inArea.has(edge.source) || (inArea.has(edge.target) && inWider.has(edge.source)) || keep.has(edge.id));
}

function contains(area: Area, point: { x: number; y: number }): boolean {
  return point.x >= area.left && point.x <= area.right && point.y >= area.top && point.y <= area.bottom;
}
