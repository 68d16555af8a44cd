import type { DispatchContext } from "../dispatch/dispatchContext";
import type { CallerLeftReason } from "../events/acdEvent";
import type { CallerState, QueueCounters } from "../state/acdState";

const counterOf = {
  answered: "answered", abandoned: "abandoned", timedOut: "timedOut", leftByKey: "leftByKey", transferred: "transferred",
} as const satisfies Record<CallerLeftReason, keyof QueueCounters>;

/** Adds the caller's way out to the queue's figures (service level: answered or abandoned in time). */
export function countCallerExit(ctx: DispatchContext, caller: CallerState, reason: CallerLeftReason): void {
  const queue = ctx.queue(caller.queueId);
  if (!queue) return;
  const counters = { ...queue.counters };
  const counter = counterOf[reason];
  counters[counter] += 1;
  const withinMs = queue.settings.serviceLevelSeconds * 1000;
  if (reason === "answered") {
    const waitedMs = (caller.answeredAt ?? ctx.now) - caller.joinedAt;
    counters.answerWaitMs += waitedMs;
    if (waitedMs <= withinMs) counters.answeredWithinServiceLevel += 1;
  } else if (reason === "abandoned" && ctx.now - caller.joinedAt <= withinMs) {
    counters.abandonedWithinServiceLevel += 1;
  }
  ctx.putQueue({ ...queue, counters });
}
