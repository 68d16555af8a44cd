import type { IrNodeOf, NodeKind } from "@centrala/flow";
import type { NodeHandler, NodeOutcome } from "../nodes/nodeHandler";
import { nodeHandlers } from "../nodes/registry";
import { convertErrorToOutcome } from "./convertErrorToOutcome";
import { maxNodesPerStep, type FlowCursor } from "./flowCursor";
import type { StepContext } from "./stepContext";

/** Arrives at a node: counts it against the loop guard, traces it and runs its kind's handler. */
export function enterNode(cursor: FlowCursor, nodeId: string, ctx: StepContext): NodeOutcome {
  const node = cursor.ir.nodes[nodeId];
  if (!node) return { type: "fail", reason: "missingNode", message: `Node ${nodeId} is not in the flow` };
  cursor.entered += 1;
  if (cursor.entered > maxNodesPerStep) {
    return { type: "fail", reason: "loopGuard", message: `More than ${maxNodesPerStep} nodes without waiting for the caller` };
  }
  ctx.emitTrace({ name: "nodeEntered", nodeId, kind: node.kind });
  const handler = nodeHandlers[node.kind] as NodeHandler<NodeKind>;
  try {
    return handler.enter(node as IrNodeOf<NodeKind>, nodeId, ctx);
  } catch (error) {
    return convertErrorToOutcome(error);
  }
}
