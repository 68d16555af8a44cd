import { getNodeDefinition, type FlowDocument, type FlowNode, type NodeKind } from "@centrala/flow";
import { createElementId } from "./createElementId";

/** A new node of a kind with the kind's default settings, placed at a point on the canvas. */
export function createNode(doc: FlowDocument, kind: NodeKind, position: { x: number; y: number }): FlowNode {
  const taken = new Set(doc.nodes.map((node) => node.id));
  const data = structuredClone(getNodeDefinition(kind).defaultData()) as FlowNode["data"];
  return { id: createElementId("n", taken), kind, position: { x: Math.round(position.x), y: Math.round(position.y) }, data };
}
