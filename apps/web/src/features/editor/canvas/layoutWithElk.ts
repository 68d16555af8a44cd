import type { FlowDocument } from "@centrala/flow";

type Size = { width: number; height: number };

/**
 * Arranges the flow top-down in layers (elk "layered"), the way people read a phone menu.
 * Loaded on demand so elk's ~1 MB stays out of the editor's first load.
 */
export async function layoutWithElk(doc: FlowDocument, sizes: ReadonlyMap<string, Size>): Promise<Record<string, { x: number; y: number }>> {
  const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
  const elk = new ELK();
  const ids = new Set(doc.nodes.map((node) => node.id));
  const graph = await elk.layout({
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "DOWN",
      "elk.layered.spacing.nodeNodeBetweenLayers": "80",
      "elk.spacing.nodeNode": "48",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
    },
    children: doc.nodes.map((node) => ({ id: node.id, width: sizes.get(node.id)?.width ?? 240, height: sizes.get(node.id)?.height ?? 110 })),
    edges: doc.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
  });
  return Object.fromEntries((graph.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }]));
}
