import { countCallerExit } from "../callers/countCallerExit";
import { dropCaller } from "../callers/dropCaller";
import { emptyQueueCounters } from "../queue/emptyQueueCounters";
import type { QueueState } from "../state/acdState";
import type { EventHandler } from "./handlerTypes";

/** Creates or updates a queue; its callers, rotation and figures carry over. */
export const handleQueueConfigured: EventHandler<"queueConfigured"> = (ctx, event) => {
  const existing = ctx.queue(event.queueId);
  const members: QueueState["members"] = {};
  for (const member of event.members) members[member.agentId] = { penalty: member.penalty, position: member.position };
  ctx.putQueue({
    id: event.queueId, settings: event.settings, members,
    waiting: existing?.waiting ?? [], rotation: existing?.rotation ?? null, counters: existing?.counters ?? emptyQueueCounters(),
  });
  return undefined;
};

/** Waiting callers leave by the time-out exit; callers already being connected carry on. */
export const handleQueueRemoved: EventHandler<"queueRemoved"> = (ctx, event) => {
  const queue = ctx.queue(event.queueId);
  if (!queue) return "unknown queue";
  for (const callerId of queue.waiting) {
    const caller = ctx.caller(callerId);
    if (caller?.status !== "waiting") continue;
    ctx.emit({ type: "removeCaller", callerId, queueId: queue.id, reason: "queueRemoved" });
    countCallerExit(ctx, caller, "timedOut");
    dropCaller(ctx, caller);
  }
  ctx.deleteQueue(queue.id);
  return undefined;
};

/** A new day: every queue's and agent's figures start from zero (fewest calls starts even). */
export const handleCountersReset: EventHandler<"countersReset"> = (ctx) => {
  for (const queue of ctx.listQueues()) ctx.putQueue({ ...queue, counters: emptyQueueCounters() });
  for (const agent of ctx.listAgents()) {
    ctx.putAgent({ ...agent, offered: 0, answered: 0, missed: 0, rejected: 0, failed: 0 });
  }
  return undefined;
};
