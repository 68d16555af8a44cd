import type { DispatchContext } from "../dispatch/dispatchContext";
import { advanceRotation } from "../rotation/rotation";
import type { AgentState, CallerState, LegState, QueueState } from "../state/acdState";
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
    const agent = ctx.agent(agentId) as AgentState;
    ctx.putAgent({ ...agent, activity: { kind: "ringing", offerId }, offered: agent.offered + 1 });
    ctx.emit({ type: "ringAgent", offerId, queueId: queue.id, callerId: caller.id, agentId, ringSeconds });
  }
  if (queue.settings.strategy === "roundRobin") {
    // Round robin rings one agent per offer: their turn is taken.
    const agentId = agentIds[0] as string;
    const { position } = queue.members[agentId] as { position: number };
    ctx.putQueue({ ...queue, rotation: advanceRotation({ id: agentId, position }) });
  }
}
