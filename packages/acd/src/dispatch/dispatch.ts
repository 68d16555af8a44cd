import type { AcdCommand } from "../commands/acdCommand";
import type { AcdEvent, AcdEventType } from "../events/acdEvent";
import type { EventHandler } from "../handlers/handlerTypes";
import { eventHandlers } from "../handlers/eventHandlers";
import type { AcdState } from "../state/acdState";
import { DispatchContext } from "./dispatchContext";
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
};

/**
 * Applies one event: timers due by the event's time fire first, then the event, then free agents
 * are matched with waiting callers. Pure and deterministic; the state passed in is not changed.
 * Event times earlier than the state's `now` count as `now` (clocks of several runtime hosts).
 */
export function dispatch(state: AcdState, event: AcdEvent): DispatchResult {
  const ctx = new DispatchContext(state, Math.max(state.now, event.at));
  expireTimers(ctx);
  const handler = eventHandlers[event.type] as EventHandler<AcdEventType>;
  const ignored = handler(ctx, event) ?? null;
  ejectFromEmptyQueues(ctx);
  fillOffers(ctx);
  const next = ctx.finish();
  return { state: next, commands: ctx.commands, nextTickAt: readNextTickAt(next), ignored };
}
