import type { DispatchContext } from "../dispatch/dispatchContext";
import type { CancelReason, LegState, OfferState } from "../state/acdState";
import { cancelGraceMs } from "./legTimings";

/**
 * Cancels ringing legs of the offer (those of `agentIds`, or all). Their agents stay taken until
 * the runtime reports the legs ended. Once nothing rings, the caller is free for a new offer.
 */
export function cancelLegs(ctx: DispatchContext, offer: OfferState, reason: CancelReason, agentIds?: readonly string[]): void {
  const legs: Record<string, LegState> = {};
  for (const [agentId, leg] of Object.entries(offer.legs)) {
    if (leg.status === "ringing" && (agentIds === undefined || agentIds.includes(agentId))) {
      legs[agentId] = { status: "cancelling", reason, until: ctx.now + cancelGraceMs };
      ctx.emit({ type: "cancelOffer", offerId: offer.id, agentId, reason });
    } else {
      legs[agentId] = leg;
    }
  }
  const changed = { ...offer, legs };
  ctx.putOffer(changed);
  if (!hasRingingLeg(changed)) releaseCallerFromOffer(ctx, changed);
}

export function hasRingingLeg(offer: OfferState): boolean {
  return Object.values(offer.legs).some((leg) => leg.status === "ringing");
}

/** The caller's current offer is over: it may be offered again. */
export function releaseCallerFromOffer(ctx: DispatchContext, offer: OfferState): void {
  const caller = ctx.caller(offer.callerId);
  if (caller && caller.offerId === offer.id) ctx.putCaller({ ...caller, offerId: null });
}

/** Cancels the leg ringing on this agent's phone, if any (the agent went away or logged out). */
export function cancelAgentLeg(ctx: DispatchContext, agentId: string): void {
  const agent = ctx.agent(agentId);
  if (agent?.activity.kind !== "ringing") return;
  const offer = ctx.offer(agent.activity.offerId);
  if (offer) cancelLegs(ctx, offer, "agentUnavailable", [agentId]);
}
