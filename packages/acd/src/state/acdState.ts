import type { QueueSettings } from "../queue/queueSettings";
import type { Rotation } from "../rotation/rotation";

/**
 * Everything the dispatcher remembers between events for one group of queues that share agents
 * (a tenant): plain JSON, no class instances, no undefined fields. Persist it after every event.
 */
export type AcdState = {
  version: 1;
  /** The latest event time seen (epoch ms); time never runs backwards inside the state. */
  now: number;
  /** Source of offer ids and of callers' arrival order. */
  seq: number;
  /** Prepended to offer ids, so ids of two states (tenants) never collide. */
  idPrefix: string;
  queues: Record<string, QueueState>;
  agents: Record<string, AgentState>;
  callers: Record<string, CallerState>;
  offers: Record<string, OfferState>;
};

export type QueueState = {
  id: string;
  settings: QueueSettings;
  members: Record<string, { penalty: number; position: number }>;
  /** Caller ids in the order they are served: higher priority first, then arrival. */
  waiting: string[];
  /** The round-robin memory: the member offered last. */
  rotation: Rotation;
  counters: QueueCounters;
};

/** Since the last `countersReset` (the runtime sends one at midnight). */
export type QueueCounters = {
  joined: number;
  answered: number;
  abandoned: number;
  timedOut: number;
  leftByKey: number;
  transferred: number;
  refused: number;
  answeredWithinServiceLevel: number;
  abandonedWithinServiceLevel: number;
  /** Sum of join-to-answer times of answered callers (average speed of answer). */
  answerWaitMs: number;
};

export type Presence = { kind: "offline" } | { kind: "available" } | { kind: "away"; reason: string };

/** What the agent's phone is doing, independent of what the agent chose (presence). */
export type Activity =
  | { kind: "idle" }
  | { kind: "ringing"; offerId: string }
  | { kind: "onCall"; call: AgentCall }
  | { kind: "wrapUp"; queueId: string; until: number };

export type AgentCall =
  /**
   * A caller of ours. `confirmed` once the runtime reports the caller dequeued: then the call
   * counts as answered and wrap-up follows.
   */
  | { type: "queue"; offerId: string; callerId: string; queueId: string; confirmed: boolean }
  /** A leg answered after the caller could no longer take it, being hung up by the runtime. */
  | { type: "released"; offerId: string }
  /** A call the dispatcher did not place (a direct call to the agent's extension). */
  | { type: "direct" };

export type AgentState = {
  id: string;
  presence: Presence;
  activity: Activity;
  /** When the agent's displayed state (see `readAgentStatus`) last changed. */
  since: number;
  /** Not rung before this time after a busy or failed offer; null = no rest. */
  restUntil: number | null;
  lastCallEndedAt: number | null;
  /** Since the last `countersReset`. */
  offered: number;
  answered: number;
  /** Offers that rang out (no answer). */
  missed: number;
  /** Offers refused (busy / declined). */
  rejected: number;
  /** Offers that could not reach the phone (not registered, network). */
  failed: number;
  /** Unanswered offers (missed, rejected or failed) since the last answer or manual available. */
  consecutiveMisses: number;
};

export type CallerState = {
  id: string;
  queueId: string;
  priority: number;
  joinedAt: number;
  /** Arrival order across all queues: ties in time are broken by it. */
  seq: number;
  /** When the caller must leave (max wait); null = no limit. */
  deadline: number | null;
  /**
   * `waiting` (possibly being offered: `offerId`), or `connecting`: an agent answered and the
   * runtime is bridging (`agentId`), until it reports the caller dequeued or the agent gone.
   */
  status: "waiting" | "connecting";
  /** The offer ringing for this caller now, if any. */
  offerId: string | null;
  agentId: string | null;
  answeredAt: number | null;
  /** The hunt's round (from 1) and the agents already offered this caller in it. */
  round: number;
  tried: string[];
};

export type LegState =
  | { status: "ringing" }
  /** Cancel sent; the leg stays until the runtime reports how it ended, or `until`. */
  | { status: "cancelling"; reason: CancelReason; until: number };

export type CancelReason = "callerGone" | "answeredElsewhere" | "ringTimeout" | "agentUnavailable";

/** One attempt to reach a caller's agent: one leg per agent rung (several only when simultaneous). */
export type OfferState = {
  id: string;
  queueId: string;
  callerId: string;
  startedAt: number;
  /** jambonz ends the legs after `ringSeconds`; this is the dispatcher's own limit for lost reports. */
  ringUntil: number;
  legs: Record<string, LegState>;
};
