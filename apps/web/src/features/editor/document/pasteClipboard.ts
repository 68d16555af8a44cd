import type { FlowDocument, FlowEdge, FlowNode } from "@centrala/flow";
import type { ClipboardContent } from "./copySelection";
import { createElementId } from "./createElementId";

/**
 * Gives pasted nodes and their internal connections fresh ids (so pasting twice never clashes)
 * and moves them by `offset`.
 */
export function pasteClipboard(doc: FlowDocument, content: ClipboardContent, offset: { x: number; y: number }): ClipboardContent {
  const takenNodes = new Set(doc.nodes.map((node) => node.id));
  const takenEdges = new Set(doc.edges.map((edge) => edge.id));
  const idMap = new Map<string, string>();
  const nodes: FlowNode[] = content.nodes.map((node) => {
    const id = createElementId("n", takenNodes);
    takenNodes.add(id);
    idMap.set(node.id, id);
    return { ...structuredClone(node), id, position: { x: node.position.x + offset.x, y: node.position.y + offset.y } };
  });
  const edges: FlowEdge[] = [];
  for (const edge of content.edges) {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    if (!source || !target) continue;
    const id = createElementId("e", takenEdges);
    takenEdges.add(id);
    edges.push({ id, source, sourcePort: edge.sourcePort, target });
  }
  return { nodes, edges };
}
