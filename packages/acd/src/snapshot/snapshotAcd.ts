import { agentStatuses, readAgentStatus, type AgentStatus } from "../agents/readAgentStatus";
import type { QueueStrategy } from "../queue/queueSettings";
import type { AcdState, AgentState, QueueCounters, QueueState } from "../state/acdState";

export type WaitingCallerSnapshot = {
  callerId: string;
  /** 1-based place in the queue's order (what a position announcement says). */
  position: number;
  priority: number;
  waitedMs: number;
  /** Agents whose phones ring for this caller now. */
  ringing: string[];
};

export type QueueSnapshot = {
  queueId: string;
  strategy: QueueStrategy;
  /** Callers waiting for an agent (ringing ones included), in the order they are served. */
  callers: WaitingCallerSnapshot[];
  waiting: number;
  /** Answered, being put through to their agent. */
  connecting: number;
  longestWaitMs: number;
  /** Members by state (members never seen count as offline). */
  agents: Record<AgentStatus, number>;
  counters: QueueCounters;
  /** Answered within `serviceLevelSeconds` / answered; null before the first answer. */
  serviceLevelPercent: number | null;
  /** (Answered + abandoned within the threshold) / (answered + abandoned): forgives short abandons. */
  serviceLevel2Percent: number | null;
  averageAnswerSeconds: number | null;
  /** Abandoned / joined. */
  abandonRatePercent: number | null;
};

export type AgentSnapshot = {
  agentId: string;
  status: AgentStatus;
  awayReason: string | null;
  since: number;
  queues: { queueId: string; penalty: number; position: number }[];
  /** The caller ringing on or talking to the agent's phone, and their queue. */
  callerId: string | null;
  queueId: string | null;
  wrapUpUntil: number | null;
  offered: number;
  answered: number;
  missed: number;
  rejected: number;
  failed: number;
  consecutiveMisses: number;
  lastCallEndedAt: number | null;
};

export type AcdSnapshot = { at: number; queues: QueueSnapshot[]; agents: AgentSnapshot[] };

/** What the wallboard and the desk show, as of `at` (default: the state's time); sorted by id. */
export function snapshotAcd(state: AcdState, at: number = state.now): AcdSnapshot {
  const queues = sortById(Object.values(state.queues)).map((queue) => snapshotQueue(state, queue, at));
  const agents = sortById(Object.values(state.agents)).map((agent) => snapshotAgent(state, agent));
  return { at, queues, agents };
}

function snapshotQueue(state: AcdState, queue: QueueState, at: number): QueueSnapshot {
  const callers: WaitingCallerSnapshot[] = [];
  let connecting = 0;
  for (const callerId of queue.waiting) {
    const caller = state.callers[callerId];
    if (!caller) continue;
    if (caller.status === "connecting") {
      connecting += 1;
      continue;
    }
    const offer = caller.offerId === null ? undefined : state.offers[caller.offerId];
    const ringing = offer ? Object.keys(offer.legs).filter((agentId) => offer.legs[agentId]?.status === "ringing") : [];
    callers.push({ callerId, position: callers.length + 1, priority: caller.priority, waitedMs: Math.max(0, at - caller.joinedAt), ringing });
  }
  const agents = Object.fromEntries(agentStatuses.map((status) => [status, 0])) as Record<AgentStatus, number>;
  for (const agentId of Object.keys(queue.members)) {
    const agent = state.agents[agentId];
    agents[agent ? readAgentStatus(agent) : "offline"] += 1;
  }
  const { counters } = queue;
  const answeredOrAbandoned = counters.answered + counters.abandoned;
  return {
    queueId: queue.id, strategy: queue.settings.strategy, callers, waiting: callers.length, connecting,
    longestWaitMs: callers.reduce((longest, caller) => Math.max(longest, caller.waitedMs), 0),
    agents, counters: { ...counters },
    serviceLevelPercent: readPercent(counters.answeredWithinServiceLevel, counters.answered),
    serviceLevel2Percent: readPercent(counters.answeredWithinServiceLevel + counters.abandonedWithinServiceLevel, answeredOrAbandoned),
    averageAnswerSeconds: counters.answered === 0 ? null : counters.answerWaitMs / counters.answered / 1000,
    abandonRatePercent: readPercent(counters.abandoned, counters.joined),
  };
}

function snapshotAgent(state: AcdState, agent: AgentState): AgentSnapshot {
  const queues = sortById(Object.values(state.queues))
    .filter((queue) => queue.members[agent.id] !== undefined)
    .map((queue) => ({ queueId: queue.id, ...(queue.members[agent.id] as { penalty: number; position: number }) }));
  const { activity, presence } = agent;
  let callerId: string | null = null;
  let queueId: string | null = null;
  if (activity.kind === "ringing") {
    const offer = state.offers[activity.offerId];
    callerId = offer?.callerId ?? null;
    queueId = offer?.queueId ?? null;
  } else if (activity.kind === "onCall" && activity.call.type === "queue") {
    callerId = activity.call.callerId;
    queueId = activity.call.queueId;
  }
  return {
    agentId: agent.id, status: readAgentStatus(agent), awayReason: presence.kind === "away" ? presence.reason : null, since: agent.since,
    queues, callerId, queueId, wrapUpUntil: activity.kind === "wrapUp" ? activity.until : null,
    offered: agent.offered, answered: agent.answered, missed: agent.missed, rejected: agent.rejected, failed: agent.failed,
    consecutiveMisses: agent.consecutiveMisses, lastCallEndedAt: agent.lastCallEndedAt,
  };
}

function readPercent(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
}

function sortById<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
