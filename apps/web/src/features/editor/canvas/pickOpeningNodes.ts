import type { CanvasEdge, CanvasNode } from "../document/canvasTypes";

/**
 * The nodes a big flow opens on: the incoming call and the steps nearest to it (breadth first).
 * Showing a 1,000-step flow whole would make every step unreadably small, and slow to draw.
 */
export function pickOpeningNodes(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[], limit: number): { id: string }[] {
  const start = nodes.find((node) => node.type === "start") ?? nodes[0];
  if (!start) return [];
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  const picked = new Set([start.id]);
  const queue = [start.id];
  while (queue.length > 0 && picked.size < limit) {
    for (const target of next.get(queue.shift() ?? "") ?? []) {
      if (picked.size >= limit) break;
      if (!picked.has(target)) {
        picked.add(target);
        queue.push(target);
      }
    }
  }
  return [...picked].map((id) => ({ id }));
}
