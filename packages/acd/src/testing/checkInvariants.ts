import { isAgentFree } from "../agents/readAgentStatus";
import type { AcdCommand } from "../commands/acdCommand";
import { readPenaltyLimit } from "../queue/readPenaltyLimit";
import type { ChangedIds } from "../dispatch/dispatchContext";
import type { AcdState } from "../state/acdState";
import { migrateAcdState } from "../state/migrateAcdState";

/**
 * The promises the dispatcher keeps after every event; throws naming the broken one. Used by the
 * scripted scenarios, the property tests and the benchmark.
 */
export function checkInvariants(state: AcdState, commands: readonly AcdCommand[] = []): void {
  const copy = JSON.parse(JSON.stringify(state)) as unknown;
  if (!isDeepEqual(migrateAcdState(copy), state)) fail("the state does not survive a JSON round trip");
  checkOffers(state);
  checkQueues(state);
  checkNobodyWaitsWhileAgentFree(state);
  checkOrderWithinPriority(state, commands);
}

function checkOffers(state: AcdState): void {
  const ringingAgents = new Map<string, string>();
  for (const offer of Object.values(state.offers)) {
    const legs = Object.entries(offer.legs);
    if (legs.length === 0) fail(`offer ${offer.id} has no legs left but is kept`);
    const ringing = legs.filter(([, leg]) => leg.status === "ringing");
    const caller = state.callers[offer.callerId];
    if (ringing.length > 0 && caller?.offerId !== offer.id) fail(`offer ${offer.id} rings but is not its caller's current offer`);
    for (const [agentId] of legs) {
      const other = ringingAgents.get(agentId);
      if (other !== undefined) fail(`agent ${agentId} is rung for two offers (${other}, ${offer.id})`);
      ringingAgents.set(agentId, offer.id);
    }
  }
  for (const caller of Object.values(state.callers)) {
    if (caller.offerId === null) continue;
    const offer = state.offers[caller.offerId];
    if (!offer || !Object.values(offer.legs).some((leg) => leg.status === "ringing")) fail(`caller ${caller.id} points at an offer that does not ring`);
    if (caller.status !== "waiting") fail(`caller ${caller.id} is offered while ${caller.status}`);
  }
  for (const agent of Object.values(state.agents)) {
    if (agent.activity.kind !== "ringing") continue;
    if (state.offers[agent.activity.offerId]?.legs[agent.id] === undefined) fail(`agent ${agent.id} rings for an offer without a leg for them`);
  }
  for (const [agentId, offerId] of ringingAgents) {
    const activity = state.agents[agentId]?.activity;
    if (activity?.kind !== "ringing" || activity.offerId !== offerId) fail(`agent ${agentId} has a leg in ${offerId} but is ${activity?.kind ?? "unknown"}`);
  }
  checkCalls(state);
}

/** A caller being connected has exactly the agent whose phone says so; nobody has two agents. */
function checkCalls(state: AcdState): void {
  const agentOf = new Map<string, string>();
  for (const agent of Object.values(state.agents)) {
    if (agent.activity.kind !== "onCall" || agent.activity.call.type !== "queue") continue;
    const { callerId } = agent.activity.call;
    const other = agentOf.get(callerId);
    if (other !== undefined) fail(`caller ${callerId} is with two agents (${other}, ${agent.id})`);
    agentOf.set(callerId, agent.id);
  }
  for (const caller of Object.values(state.callers)) {
    if (caller.status === "connecting" && agentOf.get(caller.id) !== caller.agentId) fail(`caller ${caller.id} is connecting to an agent who is not with them`);
    if (caller.status === "waiting" && agentOf.has(caller.id)) fail(`caller ${caller.id} waits while agent ${agentOf.get(caller.id)} has them`);
  }
}

function checkQueues(state: AcdState): void {
  const listed = new Set<string>();
  for (const queue of Object.values(state.queues)) {
    for (let index = 0; index < queue.waiting.length; index += 1) {
      const caller = state.callers[queue.waiting[index] as string];
      if (!caller || caller.queueId !== queue.id) fail(`queue ${queue.id} lists a caller it does not have`);
      if (listed.has(caller.id)) fail(`caller ${caller.id} is listed twice`);
      listed.add(caller.id);
      const before = index > 0 ? state.callers[queue.waiting[index - 1] as string] : undefined;
      if (before && (before.priority < caller.priority || (before.priority === caller.priority && before.seq > caller.seq))) {
        fail(`queue ${queue.id} is out of order at ${caller.id}`);
      }
    }
  }
  for (const caller of Object.values(state.callers)) {
    if (state.queues[caller.queueId] && !listed.has(caller.id)) fail(`caller ${caller.id} is missing from its queue's order`);
  }
}

/** After any event: no caller waits without an offer while a free agent could take them. */
function checkNobodyWaitsWhileAgentFree(state: AcdState): void {
  for (const caller of Object.values(state.callers)) {
    if (caller.status !== "waiting" || caller.offerId !== null) continue;
    const queue = state.queues[caller.queueId];
    if (!queue) continue;
    const limit = readPenaltyLimit(queue.settings.penaltyLimits, state.now - caller.joinedAt);
    for (const [agentId, member] of Object.entries(queue.members)) {
      const agent = state.agents[agentId];
      if (agent && isAgentFree(agent, state.now) && member.penalty <= limit) fail(`caller ${caller.id} waits while agent ${agentId} is free`);
    }
  }
}

/**
 * A caller is rung only if nobody served before them in the same queue (higher priority, or the
 * same priority and earlier) is left waiting without an offer though the agent could take them.
 */
function checkOrderWithinPriority(state: AcdState, commands: readonly AcdCommand[]): void {
  for (const command of commands) {
    if (command.type !== "ringAgent") continue;
    const caller = state.callers[command.callerId];
    const queue = state.queues[command.queueId];
    const penalty = queue?.members[command.agentId]?.penalty;
    if (!caller || !queue || penalty === undefined) continue;
    for (const otherId of queue.waiting) {
      if (otherId === caller.id) break;
      const other = state.callers[otherId];
      if (other?.status !== "waiting" || other.offerId !== null) continue;
      if (penalty <= readPenaltyLimit(queue.settings.penaltyLimits, state.now - other.joinedAt)) {
        fail(`caller ${caller.id} was offered before ${otherId}`);
      }
    }
  }
}

/** Every record that differs from `before` (written, added or deleted) is listed in `changed`. */
export function checkChanged(before: AcdState, after: AcdState, changed: ChangedIds): void {
  for (const name of ["queues", "agents", "callers", "offers"] as const) {
    const ids = new Set([...Object.keys(before[name]), ...Object.keys(after[name])]);
    for (const id of ids) {
      if (!changed[name].includes(id) && !isDeepEqual(before[name][id], after[name][id])) fail(`${name} ${id} changed but is not listed in changed`);
    }
  }
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function fail(message: string): never {
  throw new Error(`Dispatcher invariant broken: ${message}`);
}
