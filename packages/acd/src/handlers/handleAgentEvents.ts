import { createAgent } from "../agents/createAgent";
import type { DispatchContext } from "../dispatch/dispatchContext";
import { cancelAgentLeg } from "../offers/cancelLegs";
import type { AgentState, Presence } from "../state/acdState";
import type { EventHandler } from "./handlerTypes";

/** Signing in, or changing presence: an agent not seen before is created. */
export const handleAgentLoggedIn: EventHandler<"agentLoggedIn"> = (ctx, event) => {
  const presence: Presence = event.awayReason === undefined ? { kind: "available" } : { kind: "away", reason: event.awayReason };
  setPresence(ctx, event.agentId, presence);
  return undefined;
};

export const handleAgentAvailable: EventHandler<"agentAvailable"> = (ctx, event) => {
  setPresence(ctx, event.agentId, { kind: "available" });
  return undefined;
};

export const handleAgentAway: EventHandler<"agentAway"> = (ctx, event) => {
  setPresence(ctx, event.agentId, { kind: "away", reason: event.reason });
  return undefined;
};

export const handleAgentLoggedOut: EventHandler<"agentLoggedOut"> = (ctx, event) => {
  if (!ctx.agent(event.agentId)) return "unknown agent";
  setPresence(ctx, event.agentId, { kind: "offline" });
  return undefined;
};

/**
 * Available starts a fresh count of unanswered offers (the agent is back at the desk). Anything
 * else cancels the offer ringing on the agent's phone, so the caller is offered elsewhere.
 */
function setPresence(ctx: DispatchContext, agentId: string, presence: Presence): void {
  const agent = ctx.agent(agentId) ?? createAgent(agentId, presence, ctx.now);
  const available = presence.kind === "available";
  ctx.putAgent({ ...agent, presence, consecutiveMisses: available ? 0 : agent.consecutiveMisses });
  if (!available) cancelAgentLeg(ctx, agentId);
}

/** A call the dispatcher did not place: the agent is busy with it (not while ringing for us). */
export const handleAgentCallStarted: EventHandler<"agentCallStarted"> = (ctx, event) => {
  const agent = ctx.agent(event.agentId);
  if (!agent) return "unknown agent";
  if (agent.activity.kind !== "idle" && agent.activity.kind !== "wrapUp") return `agent is ${agent.activity.kind}`;
  ctx.putAgent({ ...agent, activity: { kind: "onCall", call: { type: "direct" } } });
  return undefined;
};

/**
 * The agent's call is over. A confirmed queue call starts that queue's wrap-up. A bridge that
 * never completed (the agent hung up before the caller was dequeued) puts the caller back where
 * they were in the queue.
 */
export const handleAgentCallEnded: EventHandler<"agentCallEnded"> = (ctx, event) => {
  const agent = ctx.agent(event.agentId);
  if (agent?.activity.kind !== "onCall") return "agent is not on a call";
  const { call } = agent.activity;
  let next: AgentState = { ...agent, activity: { kind: "idle" } };
  if (call.type === "direct") {
    next = { ...next, lastCallEndedAt: ctx.now };
  } else if (call.type === "queue" && call.confirmed) {
    const wrapUpSeconds = ctx.queue(call.queueId)?.settings.wrapUpSeconds ?? 0;
    next = { ...next, lastCallEndedAt: ctx.now };
    if (wrapUpSeconds > 0) next = { ...next, activity: { kind: "wrapUp", queueId: call.queueId, until: ctx.now + wrapUpSeconds * 1000 } };
  } else if (call.type === "queue") {
    const caller = ctx.caller(call.callerId);
    if (caller?.status === "connecting" && caller.agentId === agent.id) {
      ctx.putCaller({ ...caller, status: "waiting", agentId: null, answeredAt: null });
    }
  }
  ctx.putAgent(next);
  return undefined;
};

export const handleWrapUpEnded: EventHandler<"wrapUpEnded"> = (ctx, event) => {
  const agent = ctx.agent(event.agentId);
  if (agent?.activity.kind !== "wrapUp") return "agent is not in wrap-up";
  ctx.putAgent({ ...agent, activity: { kind: "idle" } });
  return undefined;
};
