import type { FlowDocument } from "../document";
import { compileFlow } from "../compile/compileFlow";
import { getNodeDefinition, type NodeConfig, type NodeData, type NodeKind } from "../nodes/registry";
import type { ValidationContext } from "../validate/context";
import type { Problem } from "../validate/problem";
import { validateFlow } from "../validate/validateFlow";
import { buildFlow, sketchNode, type EdgeSketch } from "./buildFlow";

/** The id `placeNode` gives the node under test. */
export const nodeUnderTest = "x";

/**
 * Places one node in a minimal flow: start -> node, with every exit of the node connected to a
 * hang-up, so the only problems left are the node's own. Pass `skipPorts` to leave exits open.
 */
export function placeNode<K extends NodeKind>(kind: K, data: NodeData<K>, options: { label?: string; skipPorts?: string[] } = {}): FlowDocument {
  const definition = getNodeDefinition(kind);
  const parsed = definition.schema.safeParse(data);
  const ports = parsed.success ? definition.ports(parsed.data).map((port) => port.id) : [];
  const isStart = kind === "start";
  const edges: EdgeSketch[] = isStart ? [] : [["start", "next", nodeUnderTest]];
  for (const port of ports) if (!options.skipPorts?.includes(port)) edges.push([nodeUnderTest, port, "end"]);
  const nodes = [sketchNode("start", "start", {}), sketchNode(nodeUnderTest, kind, data, options.label), sketchNode("end", "hangup", {})];
  return buildFlow(isStart ? nodes.filter((node) => node.id !== "start") : nodes, edges);
}

/** Validates a lone node (see `placeNode`) and returns only the problems about it. */
export function validateNode<K extends NodeKind>(kind: K, data: NodeData<K>, context: ValidationContext = {}, options: { label?: string; skipPorts?: string[] } = {}): Problem[] {
  return validateFlow(placeNode(kind, data, options), context).filter((problem) => problem.nodeId === nodeUnderTest);
}

/** Compiles a lone node and returns its IR config and exits; throws if the flow has errors. */
export function compileNode<K extends NodeKind>(kind: K, data: NodeData<K>): { config: NodeConfig<K>; next: Record<string, string> } {
  const result = compileFlow(placeNode(kind, data));
  if (!result.ok) throw new Error(`expected ${kind} to compile: ${result.problems.map((problem) => problem.message.en).join("; ")}`);
  const node = result.ir.nodes[nodeUnderTest];
  if (!node) throw new Error("node missing from IR");
  return { config: node.config as NodeConfig<K>, next: node.next };
}

/** Lists the codes of problems, for compact assertions. */
export function listCodes(problems: readonly Problem[]): string[] {
  return problems.map((problem) => problem.code);
}
