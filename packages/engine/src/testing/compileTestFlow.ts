import { compileFlow, type FlowIR } from "@centrala/flow";
import { buildFlow, type EdgeSketch, type NodeSketch } from "../../../flow/src/testing/buildFlow";

export { sketchNode } from "../../../flow/src/testing/buildFlow";

/** Builds and compiles a small flow for a test; fails loudly if the flow package rejects it. */
export function compileTestFlow(nodes: readonly NodeSketch[], edges: readonly EdgeSketch[]): FlowIR {
  const result = compileFlow(buildFlow(nodes, edges));
  if (!result.ok) throw new Error(`Test flow does not compile: ${result.problems.map((problem) => `${problem.code} ${problem.message.en}`).join("; ")}`);
  return result.ir;
}
