import type { FlowDocument } from "@centrala/flow";
import { readNodePorts } from "./readNodePorts";

/** After a node's settings change (a menu key removed), its connections from vanished exits go too. */
export function dropEdgesFromMissingPorts(doc: FlowDocument, nodeId: string): FlowDocument {
  const node = doc.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return doc;
  const ports = new Set(readNodePorts(node).map((port) => port.id));
  const edges = doc.edges.filter((edge) => edge.source !== nodeId || ports.has(edge.sourcePort));
  return edges.length === doc.edges.length ? doc : { ...doc, edges };
}
