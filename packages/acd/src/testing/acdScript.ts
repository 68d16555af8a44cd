import type { AcdCommand } from "../commands/acdCommand";
import { dispatch, type DispatchResult } from "../dispatch/dispatch";
import type { AcdEvent, CallerLeftReason, OfferFailureReason } from "../events/acdEvent";
import { createQueueSettings, type QueueSettings } from "../queue/queueSettings";
import type { AcdState, AgentState, CallerState } from "../state/acdState";
import { createAcdState } from "../state/createAcdState";
import { checkChanged, checkInvariants } from "./checkInvariants";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event as a test writes it: without a time it happens at the script's clock. */
export type ScriptedEvent = DistributiveOmit<AcdEvent, "at"> & { at?: number };

/** Monday 2 December 2026, 10:00 in Warsaw. */
export const scriptStart = Date.UTC(2026, 11, 2, 9, 0, 0);

/**
 * Plays the runtime's side against the dispatcher the way a test reads: configure queues, log
 * agents in, callers join, agents answer or not, time passes. Every result is checked against
 * the invariants, records are frozen (a dispatch must replace them, never edit them), and the
 * records that changed must all be listed in `changed`.
 */
export class AcdScript {
  state: AcdState;
  at: number;
  readonly results: DispatchResult[] = [];

  constructor(at = scriptStart) {
    this.at = at;
    this.state = createAcdState({ at });
  }

  /** Dispatches one event; returns its commands. */
  send(event: ScriptedEvent): AcdCommand[] {
    const full = { ...event, at: event.at ?? this.at } as AcdEvent;
    this.at = Math.max(this.at, full.at);
    const before = JSON.parse(JSON.stringify(this.state)) as AcdState;
    freezeRecords(this.state);
    const result = dispatch(this.state, full);
    checkInvariants(result.state, result.commands);
    checkChanged(before, result.state, result.changed);
    this.results.push(result);
    this.state = result.state;
    return result.commands;
  }

  get last(): DispatchResult {
    const result = this.results[this.results.length - 1];
    if (!result) throw new Error("nothing dispatched yet");
    return result;
  }

  queue(queueId: string, agents: string[] | { agentId: string; penalty?: number; position?: number }[], settings: Partial<QueueSettings> = {}): AcdCommand[] {
    const members = agents.map((agent, index) => (typeof agent === "string" ? { agentId: agent, penalty: 0, position: index } : { penalty: 0, position: index, ...agent }));
    return this.send({ type: "queueConfigured", queueId, settings: createQueueSettings(settings), members });
  }

  login(...agentIds: string[]): AcdCommand[] {
    return agentIds.flatMap((agentId) => this.send({ type: "agentLoggedIn", agentId }));
  }

  join(callerId: string, queueId: string, options: { priority?: number; maxWaitSeconds?: number } = {}): AcdCommand[] {
    return this.send({ type: "callerJoined", callerId, queueId, ...options });
  }

  leave(callerId: string, reason: CallerLeftReason): AcdCommand[] {
    return this.send({ type: "callerLeft", callerId, reason });
  }

  /** The offer ringing on the agent's phone (fails the test if none). */
  offerOf(agentId: string): string {
    const activity = this.agent(agentId).activity;
    if (activity.kind !== "ringing") throw new Error(`agent ${agentId} is not ringing (${activity.kind})`);
    return activity.offerId;
  }

  answer(agentId: string, offerId = this.offerOf(agentId)): AcdCommand[] {
    return this.send({ type: "offerAnswered", offerId, agentId });
  }

  fail(agentId: string, reason: OfferFailureReason, offerId = this.offerOf(agentId)): AcdCommand[] {
    return this.send({ type: "offerFailed", offerId, agentId, reason });
  }

  /** The agent answers, the runtime dequeues the caller (callerLeft answered). */
  connect(agentId: string): AcdCommand[] {
    const commands = this.answer(agentId);
    const bridge = commands.find((command) => command.type === "bridge" && command.agentId === agentId);
    if (!bridge || bridge.type !== "bridge") throw new Error(`answer of ${agentId} was not bridged`);
    return [...commands, ...this.leave(bridge.callerId, "answered")];
  }

  endCall(agentId: string): AcdCommand[] {
    return this.send({ type: "agentCallEnded", agentId });
  }

  /** Moves the clock on and ticks. */
  advance(seconds: number): AcdCommand[] {
    this.at += seconds * 1000;
    return this.send({ type: "tick" });
  }

  agent(agentId: string): AgentState {
    const agent = this.state.agents[agentId];
    if (!agent) throw new Error(`no agent ${agentId}`);
    return agent;
  }

  caller(callerId: string): CallerState | undefined {
    return this.state.callers[callerId];
  }

  /** Agents rung by the last dispatch, `agent:caller` each. */
  rungLast(): string[] {
    return listRung(this.last.commands);
  }
}

/** `agent:caller` for each ringAgent command. */
export function listRung(commands: readonly AcdCommand[]): string[] {
  return commands.flatMap((command) => (command.type === "ringAgent" ? [`${command.agentId}:${command.callerId}`] : []));
}

function freezeRecords(state: AcdState): void {
  for (const table of [state.queues, state.agents, state.callers, state.offers]) {
    for (const record of Object.values(table)) deepFreeze(record);
  }
}

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
