import type { AcdCommand } from "../commands/acdCommand";
import type { AcdEvent, AcdEventType } from "../events/acdEvent";
import type { EventHandler } from "../handlers/handlerTypes";
import { eventHandlers } from "../handlers/eventHandlers";
import type { AcdState } from "../state/acdState";
import { DispatchContext, type ChangedIds } from "./dispatchContext";
import { ejectFromEmptyQueues } from "./ejectFromEmptyQueues";
import { expireTimers } from "./expireTimers";
import { fillOffers } from "./fillOffers";
import { readNextTickAt } from "./readNextTickAt";

export type DispatchResult = {
  state: AcdState;
  /** Carry these out in order. */
  commands: AcdCommand[];
  /** Send a `tick` at this time (epoch ms) unless another event comes first; null = no timer needed. */
  nextTickAt: number | null;
  /** Why the event itself changed nothing (stale or unknown ids), for the runtime's log. */
  ignored: string | null;
  /** Ids of the queues, agents, callers and offers written or deleted: persist only these rows. */
  changed: ChangedIds;
};

/**
 * Applies one event: timers due by the event's time fire first, then the event, then free agents
 * are matched with waiting callers. Deterministic, no I/O, no clock. The state passed in is taken
 * over: its tables become the new state's, so use only the state returned (load a stored one
 * again to retry). Event times earlier than the state's `now` count as `now` (clocks of several
 * runtime hosts).
 */
export function dispatch(state: AcdState, event: AcdEvent): DispatchResult {
  const ctx = new DispatchContext(state, Math.max(state.now, event.at));
  expireTimers(ctx);
  const handler = eventHandlers[event.type] as EventHandler<AcdEventType>;
  const ignored = handler(ctx, event) ?? null;
  ejectFromEmptyQueues(ctx);
  fillOffers(ctx);
  const { state: next, changed } = ctx.finish();
  return { state: next, commands: ctx.commands, nextTickAt: readNextTickAt(next), ignored, changed };
}
