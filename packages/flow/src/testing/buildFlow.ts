import { currentFlowVersion } from "../migrations/registry";
import type { FlowDocument, FlowNode } from "../document";
import type { NodeData, NodeKind } from "../nodes/registry";

/** A node for `buildFlow`: position is filled in from the node's index. */
export type NodeSketch<K extends NodeKind = NodeKind> = { id: string; kind: K; data: NodeData<K>; label?: string };

/** `[source, port, target]`. */
export type EdgeSketch = readonly [source: string, port: string, target: string];

/** Typed helper to sketch one node. */
export function sketchNode<K extends NodeKind>(id: string, kind: K, data: NodeData<K>, label?: string): NodeSketch<K> {
  return label === undefined ? { id, kind, data } : { id, kind, data, label };
}

/** Builds a flow document from short node and edge sketches (for tests and fixtures). */
export function buildFlow(nodes: readonly NodeSketch[], edges: readonly EdgeSketch[]): FlowDocument {
  return {
    version: currentFlowVersion,
    nodes: nodes.map((sketch, index): FlowNode => ({
      id: sketch.id,
      kind: sketch.kind,
      ...(sketch.label === undefined ? {} : { label: sketch.label }),
      position: { x: (index % 8) * 240, y: Math.floor(index / 8) * 160 },
      data: sketch.data as FlowNode["data"],
    })),
    edges: edges.map(([source, port, target]) => ({ id: `${source}.${port}`, source, sourcePort: port, target })),
  };
}
