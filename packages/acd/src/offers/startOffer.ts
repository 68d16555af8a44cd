import type { DispatchContext } from "../dispatch/dispatchContext";
import { advanceRotation } from "../rotation/rotation";
import type { CallerState, LegState, QueueState } from "../state/acdState";
import { ringGraceMs } from "./legTimings";

/** Rings `agentIds` for the caller: one offer, one leg per agent, one `ringAgent` per leg. */
export function startOffer(ctx: DispatchContext, queue: QueueState, caller: CallerState, agentIds: readonly string[]): void {
  const offerId = ctx.offerId(ctx.takeSeq());
  const { ringSeconds } = queue.settings;
  const legs: Record<string, LegState> = {};
  for (const agentId of agentIds) legs[agentId] = { status: "ringing" };
  ctx.putOffer({ id: offerId, queueId: queue.id, callerId: caller.id, startedAt: ctx.now, ringUntil: ctx.now + ringSeconds * 1000 + ringGraceMs, legs });
  ctx.putCaller({ ...caller, offerId, tried: [...caller.tried, ...agentIds] });
  for (const agentId of agentIds) {
    const agent = ctx.agent(agentId);
    if (agent) ctx.putAgent({ ...agent, activity: { kind: "ringing", offerId }, offered: agent.offered + 1 });
    ctx.emit({ type: "ringAgent", offerId, queueId: queue.id, callerId: caller.id, agentId, ringSeconds });
  }
  const last = agentIds[agentIds.length - 1];
  if (queue.settings.strategy === "roundRobin" && last !== undefined) {
    const member = queue.members[last];
    if (member) ctx.putQueue({ ...queue, rotation: advanceRotation({ id: last, position: member.position }) });
  }
}
