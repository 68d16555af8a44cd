import type { StepContext } from "../step/stepContext";

/** Puts the caller in a jambonz queue and tells the runtime to offer the call to the queue's agents. */
export function joinQueue(ctx: StepContext, nodeId: string, queue: string): void {
  ctx.pushVerb({
    verb: "enqueue",
    name: queue,
    waitHook: ctx.formatHook(nodeId, "wait"),
    actionHook: ctx.formatHook(nodeId, "queue"),
  });
  ctx.emitEffect({ type: "queueJoined", nodeId, queue });
}
