import type { FlowDocument } from "../document";
import type { ValidationContext } from "./context";
import type { FlowGraph } from "./flowGraph";
import type { Problem } from "./problem";
import { validateEdges } from "./validateEdges";
import { validateLoops } from "./validateLoops";
import { validateNodes } from "./validateNodes";
import { findReachableNodes, validateReachability, validateRequiredPorts, validateStart } from "./validateStructure";
import { validateVariables } from "./validateVariables";
import { validateScheduleLimits } from "./checkFlowLimits";

/** The problems of a flow together with the graph the compiler builds on. */
export type FlowAnalysis = { graph: FlowGraph; problems: Problem[] };

/** Runs every check once and keeps the parsed graph, so compiling does not repeat the work. */
export function analyzeFlow(doc: FlowDocument, context: ValidationContext = {}): FlowAnalysis {
  const nodeCheck = validateNodes(doc, context);
  const startCheck = validateStart(nodeCheck);
  const edgeCheck = validateEdges(doc, nodeCheck.nodes);
  const graph: FlowGraph = {
    nodes: nodeCheck.nodes,
    connections: edgeCheck.connections,
    ...(startCheck.startId === undefined ? {} : { startId: startCheck.startId }),
  };
  const reachable = findReachableNodes(graph);
  const problems = [
    ...startCheck.problems,
    ...nodeCheck.problems,
    ...edgeCheck.problems,
    ...validateRequiredPorts(graph),
    ...validateReachability(graph, reachable),
    ...validateLoops(graph),
    ...validateVariables(graph, reachable),
    ...validateScheduleLimits(doc),
  ];
  return { graph, problems };
}

/** Lists everything wrong with a flow; errors block publishing, warnings do not. */
export function validateFlow(doc: FlowDocument, context: ValidationContext = {}): Problem[] {
  return analyzeFlow(doc, context).problems;
}
