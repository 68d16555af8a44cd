import { countCallerExit } from "../callers/countCallerExit";
import { dropCaller } from "../callers/dropCaller";
import { isQueueStaffed } from "../queue/isQueueStaffed";
import type { DispatchContext } from "./dispatchContext";

/** `leaveWhenEmpty` queues with nobody available send their waiting callers to the time-out exit. */
export function ejectFromEmptyQueues(ctx: DispatchContext): void {
  for (const queue of ctx.listQueues()) {
    if (!queue.settings.leaveWhenEmpty || isQueueStaffed(ctx, queue)) continue;
    for (const callerId of queue.waiting) {
      const caller = ctx.caller(callerId);
      if (caller?.status !== "waiting") continue;
      ctx.emit({ type: "removeCaller", callerId, queueId: queue.id, reason: "noAgents" });
      countCallerExit(ctx, caller, "timedOut");
      dropCaller(ctx, caller);
    }
  }
}
