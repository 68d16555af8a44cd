import { orderByRotation } from "../rotation/rotation";
import type { QueueStrategy } from "../queue/queueSettings";
import type { AgentState, QueueState } from "../state/acdState";

/** A free member the caller may be offered to. */
export type Candidate = { id: string; penalty: number; position: number; agent: AgentState };

type Ranker = (candidates: Candidate[], queue: QueueState) => Candidate[];

const byPosition = (a: Candidate, b: Candidate): number => a.position - b.position || compareIds(a.id, b.id);
const byPenalty = (a: Candidate, b: Candidate): number => a.penalty - b.penalty;

/**
 * Each strategy's order of the free members; lower penalties always come first (a stable sort
 * keeps the strategy's order within a penalty). Ties end on position, then agent id.
 */
export const rankers = {
  simultaneous: (candidates) => [...candidates].sort((a, b) => byPenalty(a, b) || byPosition(a, b)),
  sequential: (candidates) => [...candidates].sort((a, b) => byPenalty(a, b) || byPosition(a, b)),
  roundRobin: (candidates, queue) => orderByRotation(candidates, queue.rotation).sort(byPenalty),
  longestIdle: (candidates) => [...candidates].sort((a, b) => byPenalty(a, b) || readIdleSince(a) - readIdleSince(b) || byPosition(a, b)),
  fewestCalls: (candidates) => [...candidates].sort((a, b) => byPenalty(a, b) || a.agent.answered - b.agent.answered || byPosition(a, b)),
} satisfies Record<QueueStrategy, Ranker>;

/** Never finished a call: idle the longest of all. */
function readIdleSince(candidate: Candidate): number {
  return candidate.agent.lastCallEndedAt ?? Number.NEGATIVE_INFINITY;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
