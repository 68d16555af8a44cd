import fc from "fast-check";
import { callerLeftReasons, offerFailureReasons, type AcdEvent } from "../events/acdEvent";
import { createQueueSettings, queueStrategies } from "../queue/queueSettings";
import type { AcdState } from "../state/acdState";

const queueIds = ["q0", "q1", "q2"];
const agentIds = ["a0", "a1", "a2", "a3", "a4", "a5"];

/** One step of a random run, resolved against the state when it is played (ids by index). */
export type RandomAction =
  | { kind: "join"; queue: number; priority: number; maxWait: number | null }
  | { kind: "leave"; pick: number; reason: (typeof callerLeftReasons)[number] }
  | { kind: "dequeue"; pick: number }
  | { kind: "presence"; agent: number; to: "login" | "logout" | "away" | "available" }
  | { kind: "answer"; pick: number; stale: boolean }
  | { kind: "fail"; pick: number; reason: (typeof offerFailureReasons)[number] }
  | { kind: "phone"; agent: number; what: "callStarted" | "callEnded" | "wrapUpEnded" }
  | { kind: "tick"; seconds: number }
  | { kind: "configure"; queue: number; settings: QueueShape }
  | { kind: "removeQueue"; queue: number }
  | { kind: "resetCounters" };

export type QueueShape = {
  strategy: (typeof queueStrategies)[number];
  members: { agent: number; penalty: number }[];
  weight: number;
  wrapUpSeconds: number;
  autoAwayAfterMisses: number | null;
  leaveWhenEmpty: boolean;
  joinWhenEmpty: boolean;
  widen: boolean;
  maxLength: number | null;
};

const queueShape: fc.Arbitrary<QueueShape> = fc.record({
  strategy: fc.constantFrom(...queueStrategies),
  members: fc.uniqueArray(fc.record({ agent: fc.nat(agentIds.length - 1), penalty: fc.nat(2) }), { selector: (member) => member.agent, maxLength: agentIds.length }),
  weight: fc.nat(2),
  wrapUpSeconds: fc.constantFrom(0, 5, 30),
  autoAwayAfterMisses: fc.constantFrom(null, 1, 2),
  leaveWhenEmpty: fc.boolean(),
  joinWhenEmpty: fc.boolean(),
  widen: fc.boolean(),
  maxLength: fc.constantFrom(null, 2, 5),
});

/** Mostly plausible runtime traffic, with a share of stale, duplicate and out-of-order reports. */
export const randomAction: fc.Arbitrary<RandomAction> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("join" as const), queue: fc.nat(queueIds.length - 1), priority: fc.nat(2), maxWait: fc.constantFrom(null, 30, 120) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("leave" as const), pick: fc.nat(), reason: fc.constantFrom(...callerLeftReasons) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("dequeue" as const), pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("presence" as const), agent: fc.nat(agentIds.length - 1), to: fc.constantFrom("login" as const, "logout" as const, "away" as const, "available" as const) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("answer" as const), pick: fc.nat(), stale: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("fail" as const), pick: fc.nat(), reason: fc.constantFrom(...offerFailureReasons) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("phone" as const), agent: fc.nat(agentIds.length - 1), what: fc.constantFrom("callStarted" as const, "callEnded" as const, "wrapUpEnded" as const) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("tick" as const), seconds: fc.constantFrom(0, 1, 5, 10, 26, 40) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("configure" as const), queue: fc.nat(queueIds.length - 1), settings: queueShape }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("removeQueue" as const), queue: fc.nat(queueIds.length - 1) }) },
  { weight: 1, arbitrary: fc.constant({ kind: "resetCounters" as const }) },
);

/** Three queues to start with, then a run of actions. */
export const randomRun = fc.record({
  queues: fc.array(queueShape, { minLength: queueIds.length, maxLength: queueIds.length }),
  actions: fc.array(randomAction, { minLength: 1, maxLength: 80 }),
});
export type RandomRun = { queues: QueueShape[]; actions: RandomAction[] };

export function buildQueueEvent(index: number, shape: QueueShape, at: number): AcdEvent {
  return {
    type: "queueConfigured", at, queueId: queueIds[index] as string,
    settings: createQueueSettings({
      strategy: shape.strategy, weight: shape.weight, wrapUpSeconds: shape.wrapUpSeconds, autoAwayAfterMisses: shape.autoAwayAfterMisses,
      leaveWhenEmpty: shape.leaveWhenEmpty, joinWhenEmpty: shape.joinWhenEmpty, maxLength: shape.maxLength,
      penaltyLimits: shape.widen ? [{ afterSeconds: 0, maxPenalty: 0 }, { afterSeconds: 20, maxPenalty: 2 }] : [],
    }),
    members: shape.members.map((member) => ({ agentId: agentIds[member.agent] as string, penalty: member.penalty, position: member.agent })),
  };
}

/** Turns an action into an event for this state; null when there is nothing to act on. */
export function resolveAction(action: RandomAction, state: AcdState, at: number, history: { offers: [string, string][]; callers: number }): AcdEvent | null {
  switch (action.kind) {
    case "join": {
      history.callers += 1;
      return { type: "callerJoined", at, callerId: `c${history.callers}`, queueId: queueIds[action.queue] as string, priority: action.priority, ...(action.maxWait === null ? {} : { maxWaitSeconds: action.maxWait }) };
    }
    case "leave": {
      const callers = Object.keys(state.callers);
      const callerId = callers[action.pick % Math.max(1, callers.length)];
      return callerId === undefined ? null : { type: "callerLeft", at, callerId, reason: action.reason };
    }
    case "dequeue": {
      const connecting = Object.values(state.callers).filter((caller) => caller.status === "connecting");
      const caller = connecting[action.pick % Math.max(1, connecting.length)];
      return caller === undefined ? null : { type: "callerLeft", at, callerId: caller.id, reason: "answered" };
    }
    case "presence": {
      const agentId = agentIds[action.agent] as string;
      if (action.to === "login") return { type: "agentLoggedIn", at, agentId };
      if (action.to === "logout") return { type: "agentLoggedOut", at, agentId };
      if (action.to === "away") return { type: "agentAway", at, agentId, reason: "break" };
      return { type: "agentAvailable", at, agentId };
    }
    case "answer":
    case "fail": {
      const legs = action.kind === "answer" && action.stale ? history.offers : listLegs(state);
      const leg = legs[action.pick % Math.max(1, legs.length)];
      if (!leg) return null;
      const [offerId, agentId] = leg;
      return action.kind === "answer" ? { type: "offerAnswered", at, offerId, agentId } : { type: "offerFailed", at, offerId, agentId, reason: action.reason };
    }
    case "phone": {
      const agentId = agentIds[action.agent] as string;
      if (action.what === "callStarted") return { type: "agentCallStarted", at, agentId };
      return action.what === "callEnded" ? { type: "agentCallEnded", at, agentId } : { type: "wrapUpEnded", at, agentId };
    }
    case "tick":
      return { type: "tick", at };
    case "configure":
      return buildQueueEvent(action.queue, action.settings, at);
    case "removeQueue":
      return { type: "queueRemoved", at, queueId: queueIds[action.queue] as string };
    case "resetCounters":
      return { type: "countersReset", at };
  }
}

function listLegs(state: AcdState): [string, string][] {
  return Object.values(state.offers).flatMap((offer) => Object.keys(offer.legs).map((agentId): [string, string] => [offer.id, agentId]));
}
