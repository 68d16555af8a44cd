// Turns what jambonz saw (ClusterWatch) plus the dispatcher's arrival order (the join log) into the
// events and commands DispatchAudit reads, in time order, so the multi-instance benchmark counts
// double offers and order violations exactly as the pure one does.
import type { AcdCommand, AcdEvent } from "@centrala/acd";
import type { Observation } from "./ClusterWatch";
import { DispatchAudit, type AuditFigures } from "./dispatchAudit";

/** A caller as the dispatcher first stored it: its arrival order (`seq`) and when that was. */
export type JoinRow = { callerId: string; queueId: string; priority: number; seq: number; at: number };

type Step = { at: number; order: number; event: AcdEvent; commands: AcdCommand[] };

export function auditObservations(joins: readonly JoinRow[], observations: readonly Observation[]): AuditFigures {
  const steps: Step[] = [];
  let order = 0;
  const push = (at: number, event: AcdEvent, commands: AcdCommand[] = []) => steps.push({ at, order: (order += 1), event, commands });
  // The dispatcher's order wins over clock ties: joins keep their seq order.
  let lastJoinAt = -Infinity;
  for (const join of [...joins].sort((a, b) => a.seq - b.seq)) {
    lastJoinAt = Math.max(lastJoinAt, join.at);
    push(lastJoinAt, { type: "callerJoined", at: lastJoinAt, callerId: join.callerId, queueId: join.queueId, priority: join.priority });
  }
  for (const seen of observations) {
    const { at } = seen;
    const tick: AcdEvent = { type: "tick", at };
    if (seen.kind === "ring") push(at, tick, [{ type: "ringAgent", offerId: seen.offerId, queueId: seen.queueId, callerId: seen.callerId, agentId: seen.agentId, ringSeconds: 5 }]);
    else if (seen.kind === "cancel") push(at, tick, [{ type: "cancelOffer", offerId: seen.offerId, agentId: seen.agentId, reason: "callerGone" }]);
    else if (seen.kind === "bridge") {
      push(at, { type: "offerAnswered", at, offerId: seen.offerId, agentId: seen.agentId }, [{ type: "bridge", offerId: seen.offerId, queueId: seen.queueId, callerId: seen.callerId, agentId: seen.agentId }]);
    } else if (seen.kind === "legEnded") {
      const reason = seen.status === "busy" ? "busy" : seen.status === "no-answer" ? "noAnswer" : "failed";
      push(at, seen.bridged ? { type: "agentCallEnded", at, agentId: seen.agentId } : { type: "offerFailed", at, offerId: seen.offerId, agentId: seen.agentId, reason });
    } else push(at, { type: "callerLeft", at, callerId: seen.callerId, reason: "answered" });
    // callerDequeued and callerEnded both end the caller's wait (a second callerLeft changes nothing).
  }
  steps.sort((a, b) => a.at - b.at || a.order - b.order);
  const audit = new DispatchAudit();
  for (const step of steps) audit.observe(step.event, step.commands);
  return audit.figures;
}
