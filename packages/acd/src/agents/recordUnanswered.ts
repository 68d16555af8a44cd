import type { DispatchContext } from "../dispatch/dispatchContext";
import type { OfferFailureReason } from "../events/acdEvent";
import type { AgentState } from "../state/acdState";

const counterOf = { noAnswer: "missed", busy: "rejected", failed: "failed" } as const satisfies Record<OfferFailureReason, keyof AgentState>;

/**
 * Counts an offer the agent did not answer. Busy or failed phones rest for the queue's
 * `retrySeconds` (a phone that refuses at once would otherwise be rung in a tight loop); after
 * `autoAwayAfterMisses` in a row the agent is set away with the reason "missedCalls".
 */
export function recordUnanswered(ctx: DispatchContext, agentId: string, queueId: string, reason: OfferFailureReason): void {
  const agent = ctx.agent(agentId) as AgentState;
  const settings = ctx.queue(queueId)?.settings;
  const counter = counterOf[reason];
  const consecutiveMisses = agent.consecutiveMisses + 1;
  const retryMs = reason === "noAnswer" ? 0 : (settings?.retrySeconds ?? 0) * 1000;
  const restUntil = retryMs > 0 ? ctx.now + retryMs : agent.restUntil;
  const limit = settings?.autoAwayAfterMisses ?? null;
  const goesAway = limit !== null && consecutiveMisses >= limit && agent.presence.kind === "available";
  ctx.putAgent({
    ...agent, [counter]: agent[counter] + 1, consecutiveMisses, restUntil,
    presence: goesAway ? { kind: "away", reason: "missedCalls" } : agent.presence,
  });
  if (goesAway) ctx.emit({ type: "agentAway", agentId, reason: "missedCalls" });
}
