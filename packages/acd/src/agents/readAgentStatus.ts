import type { AgentState } from "../state/acdState";

export const agentStatuses = ["offline", "available", "ringing", "onCall", "wrapUp", "away"] as const;
/** The one state a person sees for an agent (desk, wallboard). */
export type AgentStatus = (typeof agentStatuses)[number];

/**
 * The phone wins over the agent's choice (an agent who went away mid-call is on a call until it
 * ends), the choice wins over wrap-up, and only an idle agent who chose available is available.
 */
export function readAgentStatus(agent: AgentState): AgentStatus {
  const { activity, presence } = agent;
  if (activity.kind === "ringing" || activity.kind === "onCall") return activity.kind;
  if (presence.kind !== "available") return presence.kind;
  return activity.kind === "wrapUp" ? "wrapUp" : "available";
}

/** May be rung now: available, idle and not resting after a busy or failed offer. */
export function isAgentFree(agent: AgentState, now: number): boolean {
  return agent.presence.kind === "available" && agent.activity.kind === "idle" && (agent.restUntil === null || agent.restUntil <= now);
}
