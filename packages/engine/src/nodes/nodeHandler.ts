import type { FlowIR, IrNodeOf, NodeKind } from "@centrala/flow";
import type { CallOutcome, EngineErrorReason } from "../effects/effect";
import type { NodeEvent } from "../events/engineEvent";
import type { JsonObject, SecretOrigin } from "../state/callState";
import type { StepContext } from "../step/stepContext";

/** What a node decided; the engine carries it out (follow a port, wait, end the call). */
export type NodeOutcome<L extends JsonObject = JsonObject> =
  /** Leave through `port`; an unconnected port ends the flow. */
  | { type: "next"; port: string }
  /** Stay in the node until an event addressed to it arrives; `local` is kept in the call state. */
  | { type: "wait"; local: L }
  /** The flow ends here (the hangup node); the engine adds the `hangup` verb. */
  | { type: "end"; outcome?: CallOutcome }
  /** The caller is already gone: end the call without any verb. */
  | { type: "gone"; outcome: CallOutcome }
  /** The event is not for this node's current state (a stale hook): change nothing. */
  | { type: "ignore" }
  /** Something broke and the node has no exit for it: apologise and hang up. */
  | { type: "fail"; reason: EngineErrorReason; message: string }
  /** Continue in another flow (gotoFlow, transfer to a flow). */
  | { type: "switchFlow"; flowId: string; ir: FlowIR }
  /** A sensitive value this step needs was lost: go back to the step that collected it. */
  | { type: "reask"; variable: string; origin: SecretOrigin };

/** One node kind's behaviour: what happens on arrival and when an event for it comes back. */
export type NodeHandler<K extends NodeKind, L extends JsonObject = JsonObject> = {
  enter(node: IrNodeOf<K>, nodeId: string, ctx: StepContext): NodeOutcome<L>;
  /** Only for kinds that wait; `local` is what the last `wait` outcome stored. */
  resume?(node: IrNodeOf<K>, nodeId: string, local: L, event: NodeEvent, ctx: StepContext): NodeOutcome<L>;
  /** How the call counts if the caller hangs up while waiting here (default: abandoned). */
  readHangupOutcome?(local: L): CallOutcome | undefined;
};

/** Declares a handler with its own `local` shape; the registry stores it without that detail. */
export function defineNodeHandler<K extends NodeKind, L extends JsonObject>(handler: NodeHandler<K, L>): NodeHandler<K> {
  return handler as unknown as NodeHandler<K>;
}
