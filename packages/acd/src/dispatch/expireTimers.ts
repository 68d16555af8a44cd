import { recordUnanswered } from "../agents/recordUnanswered";
import { countCallerExit } from "../callers/countCallerExit";
import { dropCaller } from "../callers/dropCaller";
import { cancelLegs } from "../offers/cancelLegs";
import { settleLeg } from "../offers/settleLeg";
import type { DispatchContext } from "./dispatchContext";

type Timer = { at: number; order: number; key: string; fire: () => void };

/**
 * Fires everything due by `ctx.now`, oldest first (ties: ring time-outs, lost cancels, callers'
 * maximum wait, wrap-ups, rests; then by id). Each timer re-reads the state, since an earlier one may have
 * changed it.
 */
export function expireTimers(ctx: DispatchContext): void {
  const timers: Timer[] = [];
  for (const offer of ctx.listOffers()) {
    if (offer.ringUntil <= ctx.now && Object.values(offer.legs).some((leg) => leg.status === "ringing")) {
      timers.push({ at: offer.ringUntil, order: 0, key: offer.id, fire: () => expireRinging(ctx, offer.id) });
    }
    for (const [agentId, leg] of Object.entries(offer.legs)) {
      if (leg.status === "cancelling" && leg.until <= ctx.now) {
        timers.push({ at: leg.until, order: 1, key: `${offer.id} ${agentId}`, fire: () => expireCancel(ctx, offer.id, agentId) });
      }
    }
  }
  for (const caller of ctx.listCallers()) {
    if (caller.status === "waiting" && caller.deadline !== null && caller.deadline <= ctx.now) {
      timers.push({ at: caller.deadline, order: 2, key: caller.id, fire: () => expireCaller(ctx, caller.id) });
    }
  }
  for (const agent of ctx.listAgents()) {
    if (agent.activity.kind === "wrapUp" && agent.activity.until <= ctx.now) {
      timers.push({ at: agent.activity.until, order: 3, key: agent.id, fire: () => endWrapUp(ctx, agent.id) });
    }
    if (agent.restUntil !== null && agent.restUntil <= ctx.now) {
      timers.push({ at: agent.restUntil, order: 4, key: agent.id, fire: () => endRest(ctx, agent.id) });
    }
  }
  timers.sort((a, b) => a.at - b.at || a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const timer of timers) timer.fire();
}

/** jambonz's no-answer report never came: cancel the legs ourselves and count them missed. */
function expireRinging(ctx: DispatchContext, offerId: string): void {
  const offer = ctx.offer(offerId);
  if (!offer) return;
  const ringing = Object.entries(offer.legs).filter(([, leg]) => leg.status === "ringing").map(([agentId]) => agentId);
  cancelLegs(ctx, offer, "ringTimeout");
  for (const agentId of ringing) recordUnanswered(ctx, agentId, offer.queueId, "noAnswer");
}

function expireCancel(ctx: DispatchContext, offerId: string, agentId: string): void {
  const offer = ctx.offer(offerId);
  if (offer?.legs[agentId]?.status === "cancelling") settleLeg(ctx, offer, agentId);
}

function expireCaller(ctx: DispatchContext, callerId: string): void {
  const caller = ctx.caller(callerId);
  if (caller?.status !== "waiting") return;
  ctx.emit({ type: "removeCaller", callerId, queueId: caller.queueId, reason: "maxWait" });
  countCallerExit(ctx, caller, "timedOut");
  dropCaller(ctx, caller);
}

function endWrapUp(ctx: DispatchContext, agentId: string): void {
  const agent = ctx.agent(agentId);
  if (agent?.activity.kind === "wrapUp") ctx.putAgent({ ...agent, activity: { kind: "idle" } });
}

function endRest(ctx: DispatchContext, agentId: string): void {
  const agent = ctx.agent(agentId);
  if (agent) ctx.putAgent({ ...agent, restUntil: null });
}
