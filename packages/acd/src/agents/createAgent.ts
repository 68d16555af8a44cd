import type { AgentState, Presence } from "../state/acdState";

/** An agent the dispatcher has not seen before, idle with no figures. */
export function createAgent(id: string, presence: Presence, now: number): AgentState {
  return {
    id, presence, activity: { kind: "idle" }, since: now, restUntil: null, lastCallEndedAt: null,
    offered: 0, answered: 0, missed: 0, rejected: 0, failed: 0, consecutiveMisses: 0,
  };
}
