import type { DispatchContext } from "../dispatch/dispatchContext";
import type { OfferState } from "../state/acdState";
import { hasRingingLeg, releaseCallerFromOffer } from "./cancelLegs";

/**
 * The leg is over (ended, or answered and now the agent's call): forget it. Its agent is idle
 * again if the phone was still taken by this offer; an offer without legs is gone.
 */
export function settleLeg(ctx: DispatchContext, offer: OfferState, agentId: string): void {
  const legs = { ...offer.legs };
  delete legs[agentId];
  const agent = ctx.agent(agentId);
  if (agent?.activity.kind === "ringing" && agent.activity.offerId === offer.id) ctx.putAgent({ ...agent, activity: { kind: "idle" } });
  const changed = { ...offer, legs };
  if (Object.keys(legs).length === 0) ctx.deleteOffer(offer.id);
  else ctx.putOffer(changed);
  if (!hasRingingLeg(changed)) releaseCallerFromOffer(ctx, changed);
}
