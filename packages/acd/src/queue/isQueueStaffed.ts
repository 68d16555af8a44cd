import type { DispatchContext } from "../dispatch/dispatchContext";
import type { QueueState } from "../state/acdState";

/** Some member is logged in and not away (on a call or in wrap-up counts: they will be back). */
export function isQueueStaffed(ctx: DispatchContext, queue: QueueState): boolean {
  return Object.keys(queue.members).some((agentId) => ctx.agent(agentId)?.presence.kind === "available");
}
