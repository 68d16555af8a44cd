import { isAgentFree } from "../agents/readAgentStatus";
import { startOffer } from "../offers/startOffer";
import type { AgentState, CallerState, QueueState } from "../state/acdState";
import type { DispatchContext } from "./dispatchContext";
import { pickAgents } from "./pickAgents";

type Cursor = { queue: QueueState; index: number };

/**
 * Gives free agents to waiting callers until no free agent can take any waiting caller.
 *
 * Callers are served in one order across all queues, so an agent shared by several queues gets
 * a caller by a fixed rule: the queue with the higher `weight` first, then the caller with the
 * higher priority, then the caller who arrived first (whichever queue). Each caller in that order
 * takes the agent(s) its own queue's strategy picks from the agents still free.
 */
export function fillOffers(ctx: DispatchContext): void {
  const free = new Map<string, AgentState>();
  for (const agent of ctx.listAgents()) if (isAgentFree(agent, ctx.now)) free.set(agent.id, agent);
  // Stryker disable next-line MethodExpression,ConditionalExpression: only skips queues no free agent can serve (speed)
  let cursors: Cursor[] = ctx.listQueues().filter((queue) => hasFreeMember(queue, free)).map((queue) => ({ queue, index: 0 }));
  while (free.size > 0) {
    const next = takeNextCaller(ctx, cursors);
    if (!next) return;
    const queue = ctx.queue(next.queueId) as QueueState;
    const pick = pickAgents(queue, next, free, ctx.now);
    if (pick.agentIds.length === 0) continue;
    startOffer(ctx, queue, pick.caller, pick.agentIds);
    for (const agentId of pick.agentIds) free.delete(agentId);
    // Stryker disable next-line all: only skips queues no free agent can serve any more (speed)
    cursors = cursors.filter((cursor) => hasFreeMember(cursor.queue, free));
  }
}

/** The best-placed caller not yet considered who waits without an offer; advances its cursor. */
function takeNextCaller(ctx: DispatchContext, cursors: Cursor[]): CallerState | undefined {
  let best: { cursor: Cursor; caller: CallerState } | undefined;
  for (const cursor of cursors) {
    const caller = peekWaiting(ctx, cursor);
    if (caller && (!best || ranksBefore(cursor.queue, caller, best.cursor.queue, best.caller))) best = { cursor, caller };
  }
  if (best) best.cursor.index += 1;
  return best?.caller;
}

function peekWaiting(ctx: DispatchContext, cursor: Cursor): CallerState | undefined {
  const { waiting } = cursor.queue;
  while (cursor.index < waiting.length) {
    const caller = ctx.caller(waiting[cursor.index] as string);
    if (caller && caller.status === "waiting" && caller.offerId === null) return caller;
    cursor.index += 1;
  }
  return undefined;
}

function ranksBefore(queue: QueueState, caller: CallerState, otherQueue: QueueState, other: CallerState): boolean {
  if (queue.settings.weight !== otherQueue.settings.weight) return queue.settings.weight > otherQueue.settings.weight;
  if (caller.priority !== other.priority) return caller.priority > other.priority;
  return caller.seq < other.seq;
}

function hasFreeMember(queue: QueueState, free: ReadonlyMap<string, AgentState>): boolean {
  return Object.keys(queue.members).some((agentId) => free.has(agentId));
}
