import type { CallOutcome } from "../effects/effect";
import type { NodeOutcome } from "../nodes/nodeHandler";
import type { WaitingNode } from "../state/callState";
import { endFlow } from "./endFlow";
import { failCall } from "./failCall";
import { recordCallEnd } from "./recordCallEnd";
import { enterNode } from "./enterNode";
import { maxFlowHops, type FlowCursor } from "./flowCursor";
import type { StepContext } from "./stepContext";

/** Where the call is after a step: waiting in a node, ended, or exactly where it was. */
export type CallProgress =
  | { type: "waiting"; node: WaitingNode }
  | { type: "ended"; outcome: CallOutcome }
  | { type: "unchanged" };

/** Carries out a node's outcome and keeps walking the flow until a node waits or the call ends. */
export function followOutcome(cursor: FlowCursor, nodeId: string, first: NodeOutcome, ctx: StepContext): CallProgress {
  let currentId = nodeId;
  let outcome = first;
  for (;;) {
    switch (outcome.type) {
      case "wait":
        return { type: "waiting", node: { id: currentId, local: outcome.local } };
      case "ignore":
        return { type: "unchanged" };
      case "end":
        return { type: "ended", outcome: endFlow(ctx, outcome.outcome) };
      case "gone":
        recordCallEnd(ctx, outcome.outcome);
        return { type: "ended", outcome: outcome.outcome };
      case "fail":
        failCall(ctx, outcome.reason, outcome.message, currentId);
        return { type: "ended", outcome: "error" };
      case "next": {
        ctx.emitTrace({ name: "branchTaken", nodeId: currentId, port: outcome.port });
        const target = cursor.ir.nodes[currentId]?.next[outcome.port];
        if (target === undefined) return { type: "ended", outcome: endFlow(ctx) };
        currentId = target;
        outcome = enterNode(cursor, target, ctx);
        break;
      }
      case "reask": {
        ctx.emitTrace({ name: "secretLost", nodeId: currentId, variable: outcome.variable });
        if (outcome.origin.flowId !== cursor.flowId || !cursor.ir.nodes[outcome.origin.nodeId]) {
          outcome = { type: "fail", reason: "nodeFailed", message: `The value of ${outcome.variable} was lost and its step is in another flow` };
          break;
        }
        ctx.pushVerb(ctx.buildPhrase(ctx.phrases.enterAgain));
        currentId = outcome.origin.nodeId;
        outcome = enterNode(cursor, currentId, ctx);
        break;
      }
      case "switchFlow": {
        cursor.flowHops += 1;
        if (cursor.flowHops > maxFlowHops) {
          outcome = { type: "fail", reason: "loopGuard", message: `More than ${maxFlowHops} flow switches in one call` };
          break;
        }
        cursor.ir = outcome.ir;
        cursor.flowId = outcome.flowId;
        currentId = outcome.ir.start;
        outcome = enterNode(cursor, currentId, ctx);
        break;
      }
    }
  }
}
