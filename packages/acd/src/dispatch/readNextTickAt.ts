import { readNextPenaltyStep } from "../queue/readPenaltyLimit";
import type { AcdState } from "../state/acdState";
import { listRecords } from "./dispatchContext";

/**
 * The earliest moment something happens without an event (a ring time-out, a caller's maximum
 * wait, the end of a wrap-up or a rest, a caller's penalty limit widening); null = nothing pending.
 */
export function readNextTickAt(state: AcdState): number | null {
  let next = Number.POSITIVE_INFINITY;
  const consider = (at: number | null): void => {
    if (at !== null && at > state.now && at < next) next = at;
  };
  for (const offer of listRecords(state.offers)) {
    for (const leg of Object.values(offer.legs)) consider(leg.status === "ringing" ? offer.ringUntil : leg.until);
  }
  for (const caller of listRecords(state.callers)) {
    if (caller.status !== "waiting") continue;
    consider(caller.deadline);
    const limits = state.queues[caller.queueId]?.settings.penaltyLimits;
    if (caller.offerId === null && limits !== undefined) consider(readNextPenaltyStep(limits, caller.joinedAt, state.now));
  }
  for (const agent of listRecords(state.agents)) {
    if (agent.activity.kind === "wrapUp") consider(agent.activity.until);
    consider(agent.restUntil);
  }
  return next === Number.POSITIVE_INFINITY ? null : next;
}
