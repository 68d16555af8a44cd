import { readPenaltyLimit } from "../queue/readPenaltyLimit";
import type { AgentState, CallerState, QueueState } from "../state/acdState";
import { rankers, type Candidate } from "./rankCandidates";

export type Pick = { agentIds: string[]; caller: CallerState };

/**
 * The agents to ring for this caller now, by the queue's strategy, from the free agents given.
 * Agents already offered this caller in the current round are skipped while any other is free;
 * when only they are left a new round starts. Simultaneous rings every free member of the
 * lowest penalty; the others ring one agent.
 */
export function pickAgents(queue: QueueState, caller: CallerState, free: ReadonlyMap<string, AgentState>, now: number): Pick {
  const limit = readPenaltyLimit(queue.settings.penaltyLimits, now - caller.joinedAt);
  const eligible: Candidate[] = [];
  for (const [id, member] of Object.entries(queue.members)) {
    const agent = free.get(id);
    if (agent && member.penalty <= limit) eligible.push({ id, penalty: member.penalty, position: member.position, agent });
  }
  if (eligible.length === 0) return { agentIds: [], caller };
  let untried = eligible.filter((candidate) => !caller.tried.includes(candidate.id));
  let next = caller;
  if (untried.length === 0) {
    next = { ...caller, round: caller.round + 1, tried: [] };
    untried = eligible;
  }
  const ranked = rankers[queue.settings.strategy](untried, queue);
  const first = ranked[0] as Candidate;
  const chosen = queue.settings.strategy === "simultaneous" ? ranked.filter((candidate) => candidate.penalty === first.penalty) : [first];
  return { agentIds: chosen.map((candidate) => candidate.id), caller: next };
}
