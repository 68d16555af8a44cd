import type { FlowDocument, FlowEdge, FlowNode } from "@centrala/flow";

/** What Ctrl+C keeps: the chosen nodes and only the connections between them. */
export type ClipboardContent = { nodes: FlowNode[]; edges: FlowEdge[] };

/** Copies the selected nodes (never the incoming-call step, a flow has exactly one). */
export function copySelection(doc: FlowDocument, nodeIds: readonly string[]): ClipboardContent {
  const chosen = new Set(nodeIds);
  const nodes = doc.nodes.filter((node) => chosen.has(node.id) && node.kind !== "start");
  const kept = new Set(nodes.map((node) => node.id));
  const edges = doc.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  return structuredClone({ nodes, edges });
}
