import type { FlowIR, IrNodeOf, NodeKind } from "@centrala/flow";
import type { CallOutcome } from "../effects/effect";
import type { EngineEvent, NodeEvent } from "../events/engineEvent";
import type { NodeHandler, NodeOutcome } from "../nodes/nodeHandler";
import { nodeHandlers } from "../nodes/registry";
import type { CallState } from "../state/callState";
import { convertErrorToOutcome } from "./convertErrorToOutcome";
import { enterNode } from "./enterNode";
import { recordCallEnd } from "./recordCallEnd";
import type { FlowCursor } from "./flowCursor";
import { followOutcome, type CallProgress } from "./followOutcome";
import { StepContext } from "./stepContext";
import type { StepResult } from "./stepResult";

/**
 * Advances one call by one event: pure, deterministic, no I/O. `ir` is the flow named by
 * `state.flowId`; events for a node the call has left are ignored (stale jambonz hooks).
 */
export function step(ir: FlowIR, state: CallState, event: EngineEvent): StepResult {
  if (event.type === "start") return state.status === "new" ? startFlow(ir, state, event.at) : unchanged(state);
  if (state.status !== "active" || event.type === "unrecognized") return unchanged(state);
  if (event.type === "hangup") return abandonCall(ir, state, event.at);
  return resumeNode(ir, state, event);
}

function startFlow(ir: FlowIR, state: CallState, at: number): StepResult {
  const ctx = new StepContext(state, at);
  const cursor: FlowCursor = { ir, flowId: state.flowId, flowHops: state.flowHops, entered: 0 };
  const first: NodeOutcome = ir.version === 1
    ? enterNode(cursor, ir.start, ctx)
    : { type: "fail", reason: "missingNode", message: `IR version ${String(ir.version)} is not supported` };
  return buildResult({ ...state, status: "active" }, ctx, cursor, followOutcome(cursor, ir.start, first, ctx));
}

function resumeNode(ir: FlowIR, state: CallState, event: NodeEvent): StepResult {
  const waiting = state.node;
  if (!waiting) return unchanged(state);
  if ("nodeId" in event && event.nodeId !== undefined && event.nodeId !== waiting.id) return unchanged(state);
  const ctx = new StepContext(state, event.at);
  const cursor: FlowCursor = { ir, flowId: state.flowId, flowHops: state.flowHops, entered: 0 };
  const node = ir.nodes[waiting.id];
  let outcome: NodeOutcome;
  if (!node) {
    outcome = { type: "fail", reason: "missingNode", message: `Node ${waiting.id} is not in the flow the runtime passed` };
  } else {
    const handler = nodeHandlers[node.kind] as NodeHandler<NodeKind>;
    try {
      outcome = handler.resume?.(node as IrNodeOf<NodeKind>, waiting.id, waiting.local, event, ctx) ?? { type: "ignore" };
    } catch (error) {
      outcome = convertErrorToOutcome(error);
    }
  }
  return buildResult(state, ctx, cursor, followOutcome(cursor, waiting.id, outcome, ctx));
}

/** The caller hung up: no verbs (there is no call to send them to), just the end of the record. */
function abandonCall(ir: FlowIR, state: CallState, at: number): StepResult {
  const ctx = new StepContext(state, at);
  const outcome = readHangupOutcome(ir, state) ?? state.reached ?? "abandoned";
  recordCallEnd(ctx, outcome);
  const cursor: FlowCursor = { ir, flowId: state.flowId, flowHops: state.flowHops, entered: 0 };
  return buildResult(state, ctx, cursor, { type: "ended", outcome });
}

function readHangupOutcome(ir: FlowIR, state: CallState): CallOutcome | undefined {
  const waiting = state.node;
  const node = waiting ? ir.nodes[waiting.id] : undefined;
  if (!waiting || !node) return undefined;
  return (nodeHandlers[node.kind] as NodeHandler<NodeKind>).readHangupOutcome?.(waiting.local);
}

function buildResult(state: CallState, ctx: StepContext, cursor: FlowCursor, progress: CallProgress): StepResult {
  if (progress.type === "unchanged") return { state, verbs: ctx.verbs, effects: ctx.effects };
  const next: CallState = {
    ...state,
    vars: ctx.vars,
    seq: ctx.seq,
    flowHops: cursor.flowHops,
    node: progress.type === "waiting" ? progress.node : null,
  };
  if (cursor.flowId !== undefined) next.flowId = cursor.flowId;
  if (ctx.secretFrom !== undefined) next.secretFrom = ctx.secretFrom;
  if (ctx.secrets !== undefined) next.secrets = ctx.secrets;
  if (ctx.reached !== undefined) next.reached = ctx.reached;
  if (progress.type === "ended") {
    next.status = "ended";
    next.outcome = progress.outcome;
  }
  return { state: next, verbs: ctx.verbs, effects: ctx.effects };
}

function unchanged(state: CallState): StepResult {
  return { state, verbs: [], effects: [] };
}
