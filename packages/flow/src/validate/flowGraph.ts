import type { FlowNode } from "../document";
import type { AnyNodeDefinition, PortSpec } from "../nodes/definition";
import type { Localized } from "../schema/localized";

/** A node as the flow-wide checks see it; `data` and `ports` exist only when its data parsed. */
export type AnalyzedNode = {
  node: FlowNode;
  definition: AnyNodeDefinition;
  name: Localized;
  data?: unknown;
  ports?: PortSpec[];
};

/** The nodes by id (first wins) and, per source node, which port leads to which existing node. */
export type FlowGraph = {
  nodes: Map<string, AnalyzedNode>;
  connections: Map<string, Map<string, string>>;
  startId?: string;
};

/** Lists the nodes a node's connected ports lead to, in port order of the connections. */
export function listSuccessors(graph: FlowGraph, id: string): string[] {
  return [...(graph.connections.get(id)?.values() ?? [])];
}
