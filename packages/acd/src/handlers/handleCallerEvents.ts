import { findWaitingIndex } from "../callers/compareCallers";
import { countCallerExit } from "../callers/countCallerExit";
import { dropCaller } from "../callers/dropCaller";
import type { RefuseReason } from "../commands/acdCommand";
import type { DispatchContext } from "../dispatch/dispatchContext";
import { isQueueStaffed } from "../queue/isQueueStaffed";
import type { CallerState, QueueState } from "../state/acdState";
import type { EventHandler } from "./handlerTypes";

/** Queues the caller behind everyone served before them, or refuses them (see `refuseCaller`). */
export const handleCallerJoined: EventHandler<"callerJoined"> = (ctx, event) => {
  if (ctx.caller(event.callerId)) return "caller already queued";
  const queue = ctx.queue(event.queueId);
  const refusal = readRefusal(ctx, queue);
  if (refusal) {
    ctx.emit({ type: "refuseCaller", callerId: event.callerId, queueId: event.queueId, reason: refusal });
    if (queue) ctx.putQueue({ ...queue, counters: { ...queue.counters, refused: queue.counters.refused + 1 } });
    return undefined;
  }
  const { settings } = queue as QueueState;
  const maxWaitSeconds = event.maxWaitSeconds ?? settings.maxWaitSeconds;
  const caller: CallerState = {
    id: event.callerId, queueId: event.queueId, priority: event.priority ?? 0, joinedAt: ctx.now, seq: ctx.takeSeq(),
    deadline: maxWaitSeconds === null ? null : ctx.now + maxWaitSeconds * 1000,
    status: "waiting", offerId: null, agentId: null, answeredAt: null, round: 1, tried: [],
  };
  ctx.putCaller(caller);
  const current = queue as QueueState;
  const waiting = [...current.waiting];
  waiting.splice(findWaitingIndex(waiting, caller, (id) => ctx.caller(id)), 0, caller.id);
  ctx.putQueue({ ...current, waiting, counters: { ...current.counters, joined: current.counters.joined + 1 } });
  return undefined;
};

function readRefusal(ctx: DispatchContext, queue: QueueState | undefined): RefuseReason | undefined {
  if (!queue) return "unknownQueue";
  const { maxLength, joinWhenEmpty } = queue.settings;
  if (maxLength !== null && countWaiting(ctx, queue) >= maxLength) return "queueFull";
  if (!joinWhenEmpty && !isQueueStaffed(ctx, queue)) return "noAgents";
  return undefined;
}

function countWaiting(ctx: DispatchContext, queue: QueueState): number {
  return queue.waiting.filter((id) => ctx.caller(id)?.status === "waiting").length;
}

/**
 * The caller is out of the queue. `answered` confirms the bridge (the agent's call now counts);
 * any other reason while an agent was already connecting them releases that agent.
 */
export const handleCallerLeft: EventHandler<"callerLeft"> = (ctx, event) => {
  const caller = ctx.caller(event.callerId);
  if (!caller) return "unknown caller";
  const agent = caller.agentId === null ? undefined : ctx.agent(caller.agentId);
  const call = agent?.activity.kind === "onCall" ? agent.activity.call : undefined;
  if (agent && call?.type === "queue" && call.callerId === caller.id) {
    if (event.reason === "answered") {
      ctx.putAgent({ ...agent, activity: { kind: "onCall", call: { ...call, confirmed: true } } });
    } else {
      ctx.putAgent({ ...agent, activity: { kind: "onCall", call: { type: "released", offerId: call.offerId } } });
      ctx.emit({ type: "releaseAgent", offerId: call.offerId, agentId: agent.id, reason: "callerGone" });
    }
  }
  countCallerExit(ctx, caller, event.reason);
  dropCaller(ctx, caller);
  return undefined;
};
