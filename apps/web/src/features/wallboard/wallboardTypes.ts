export type AgentState = "available" | "ringing" | "onCall" | "wrapUp" | "away" | "offline";

/** What GET /api/wallboard answers. */
export type WallboardView = {
  at: number;
  queues: {
    queueId: string; name: string; waiting: number; connecting: number; longestWaitMs: number;
    agents: Record<AgentState, number>;
    answered: number; abandoned: number; joined: number;
    serviceLevelPercent: number | null; averageAnswerSeconds: number | null; abandonRatePercent: number | null;
    callers: { callerId: string; position: number; waitedMs: number; callerNumber: string | null }[];
  }[];
  agents: {
    extensionId: string; extension: string; name: string; status: AgentState; awayReason: string | null; since: number;
    callerId: string | null; callerNumber: string | null; queueName: string | null; answered: number; missed: number;
  }[];
};

export const agentStates: readonly AgentState[] = ["available", "ringing", "onCall", "wrapUp", "away", "offline"];
