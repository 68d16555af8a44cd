import type { FlowDocument } from "../document";
import type { NodeCheckContext, ParsedNode } from "../nodes/definition";
import { getNodeDefinition } from "../nodes/registry";
import type { Localized } from "../schema/localized";
import { createProblem, type ProblemCode, type ProblemParams } from "./catalogue";
import type { ValidationContext } from "./context";
import { describeNode } from "./describeNode";
import type { AnalyzedNode } from "./flowGraph";
import type { Problem } from "./problem";
import { validateNodeData } from "./validateNodeData";
import { indexSchedules, type FlowSchedule } from "../schedules/flowSchedule";
import { isNodeDataTooLarge, maxNodeDataKb } from "./nodeDataSize";

/** Indexes the nodes by id and runs each node's own checks (data schema, then kind checks). */
export function validateNodes(doc: FlowDocument, references: ValidationContext): { nodes: Map<string, AnalyzedNode>; problems: Problem[] } {
  const nodes = new Map<string, AnalyzedNode>();
  const problems: Problem[] = [];
  const schedules = indexSchedules(doc.schedules);
  for (const node of doc.nodes) {
    if (nodes.has(node.id)) {
      problems.push(createProblem("FLOW006", { nodeId: node.id }, { nodeId: node.id }));
      continue;
    }
    const definition = getNodeDefinition(node.kind);
    const name = describeNode(node);
    const analyzed: AnalyzedNode = { node, definition, name };
    nodes.set(node.id, analyzed);
    if (isNodeDataTooLarge(node.data)) {
      problems.push(createProblem("FLOW014", { node: name, limitKb: maxNodeDataKb }, { nodeId: node.id }));
      continue;
    }
    const result = validateNodeData(node.id, name, definition, node.data);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    analyzed.data = result.data;
    analyzed.ports = definition.ports(result.data);
    const parsed: ParsedNode<unknown> = { id: node.id, ...(node.label === undefined ? {} : { label: node.label }), data: result.data };
    problems.push(...definition.validate(parsed, createCheckContext(node.id, name, references, schedules)));
  }
  return { nodes, problems };
}

function createCheckContext(nodeId: string, name: Localized, references: ValidationContext, schedules: ReadonlyMap<string, FlowSchedule>): NodeCheckContext {
  return {
    references,
    name,
    schedules,
    report<C extends ProblemCode>(code: C, params: Omit<ProblemParams<C>, "node">, port?: string): Problem {
      const full = { ...params, node: name } as unknown as ProblemParams<C>;
      return createProblem(code, full, port === undefined ? { nodeId } : { nodeId, port });
    },
  };
}
