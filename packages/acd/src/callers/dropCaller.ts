import type { DispatchContext } from "../dispatch/dispatchContext";
import { cancelLegs } from "../offers/cancelLegs";
import type { CallerState } from "../state/acdState";

/** Forgets the caller: out of the queue's order, whatever rings for them cancelled. */
export function dropCaller(ctx: DispatchContext, caller: CallerState): void {
  const offer = caller.offerId === null ? undefined : ctx.offer(caller.offerId);
  if (offer) cancelLegs(ctx, offer, "callerGone");
  const queue = ctx.queue(caller.queueId);
  if (queue) ctx.putQueue({ ...queue, waiting: queue.waiting.filter((id) => id !== caller.id) });
  ctx.deleteCaller(caller.id);
}
