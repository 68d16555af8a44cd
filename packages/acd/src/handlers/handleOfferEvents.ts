import { recordUnanswered } from "../agents/recordUnanswered";
import type { ReleaseReason } from "../commands/acdCommand";
import type { DispatchContext } from "../dispatch/dispatchContext";
import { cancelLegs } from "../offers/cancelLegs";
import { settleLeg } from "../offers/settleLeg";
import type { CallerState, OfferState } from "../state/acdState";
import type { EventHandler } from "./handlerTypes";

/**
 * An agent picked up. If the caller is still waiting the agent gets them, even when the leg had
 * already been cancelled (jambonz answers such a cancel with 422): whatever else rings for the
 * caller is cancelled and the runtime bridges. Otherwise (the caller left, or another agent has
 * them) the agent is released: told why, hung up, and free once the runtime reports the call ended.
 */
export const handleOfferAnswered: EventHandler<"offerAnswered"> = (ctx, event) => {
  const activity = ctx.agent(event.agentId)?.activity;
  if (activity?.kind === "onCall" && activity.call.type !== "direct" && activity.call.offerId === event.offerId) return "answer already handled";
  const offer = ctx.offer(event.offerId);
  const caller = offer?.legs[event.agentId] === undefined ? undefined : ctx.caller((offer as OfferState).callerId);
  if (offer && caller?.status === "waiting") {
    acceptAnswer(ctx, offer, caller, event.agentId);
    return undefined;
  }
  const reason: ReleaseReason = !offer || offer.legs[event.agentId] === undefined ? "offerWithdrawn" : caller ? "answeredElsewhere" : "callerGone";
  releaseAnswer(ctx, event.offerId, event.agentId, reason);
  return reason === "offerWithdrawn" ? "offer no longer known: agent released" : undefined;
};

function acceptAnswer(ctx: DispatchContext, offer: OfferState, caller: CallerState, agentId: string): void {
  const live = caller.offerId === null ? undefined : ctx.offer(caller.offerId);
  if (live) cancelLegs(ctx, live, "answeredElsewhere", Object.keys(live.legs).filter((id) => id !== agentId));
  settleLeg(ctx, ctx.offer(offer.id) as OfferState, agentId);
  const call = { type: "queue", offerId: offer.id, callerId: caller.id, queueId: offer.queueId, confirmed: false } as const;
  const agent = ctx.agent(agentId);
  if (agent) ctx.putAgent({ ...agent, activity: { kind: "onCall", call }, answered: agent.answered + 1, consecutiveMisses: 0 });
  ctx.putCaller({ ...(ctx.caller(caller.id) as CallerState), status: "connecting", offerId: null, agentId, answeredAt: ctx.now });
  ctx.emit({ type: "bridge", offerId: offer.id, queueId: offer.queueId, callerId: caller.id, agentId });
}

function releaseAnswer(ctx: DispatchContext, offerId: string, agentId: string, reason: ReleaseReason): void {
  const offer = ctx.offer(offerId);
  if (offer?.legs[agentId] !== undefined) settleLeg(ctx, offer, agentId);
  const agent = ctx.agent(agentId);
  if (agent && (agent.activity.kind === "idle" || agent.activity.kind === "wrapUp")) ctx.putAgent({ ...agent, activity: { kind: "onCall", call: { type: "released", offerId } } });
  ctx.emit({ type: "releaseAgent", offerId, agentId, reason });
}

/** The leg ended unanswered: counted against the agent unless we had cancelled it. */
export const handleOfferFailed: EventHandler<"offerFailed"> = (ctx, event) => {
  const offer = ctx.offer(event.offerId);
  const leg = offer?.legs[event.agentId];
  if (!offer || !leg) return "unknown offer leg";
  settleLeg(ctx, offer, event.agentId);
  if (leg.status === "ringing") recordUnanswered(ctx, event.agentId, offer.queueId, event.reason);
  return undefined;
};
