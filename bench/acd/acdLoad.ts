// The load for the dispatcher benchmark: a simulated call centre (callers, agents' phones,
// jambonz's reports) that answers the dispatcher's commands with events, on a virtual clock.
// Reusable: a multi-instance benchmark feeds the same events to runtimes over PostgreSQL.
import { createQueueSettings, queueStrategies, type AcdCommand, type AcdEvent, type QueueStrategy } from "@centrala/acd";

export type AcdLoadOptions = {
  /** Callers waiting at the start; every caller who leaves is replaced, so about this many wait. */
  callers: number;
  agents: number;
  queues: number;
  /** Each agent is a member of 1..this many queues. */
  queuesPerAgent: number;
  seed: number;
  /** Share of offers answered / refused busy; the rest ring out. */
  answerRate: number;
  busyRate: number;
  /** Seconds: talk time and wrap-up are drawn between these bounds. */
  talkSeconds: [number, number];
  wrapUpSeconds: number;
  ringSeconds: number;
  /** Mean patience of a caller (exponential); then they hang up. */
  patienceSeconds: number;
};

export const defaultAcdLoadOptions: AcdLoadOptions = {
  callers: 1000, agents: 200, queues: 4, queuesPerAgent: 2, seed: 2026,
  answerRate: 0.8, busyRate: 0.1, talkSeconds: [20, 240], wrapUpSeconds: 5, ringSeconds: 15, patienceSeconds: 900,
};

type Scheduled = { at: number; order: number; event: AcdEvent; key?: string };

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same run. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A call centre on a virtual clock. `setupEvents()` configures queues, signs agents in and queues
 * the first callers; then `observe(commands)` after each dispatch, and `nextEvent(nextTickAt)`
 * for what happens next (a scheduled report, or the dispatcher's tick if that comes first).
 */
export class AcdLoad {
  readonly options: AcdLoadOptions;
  readonly queueIds: string[];
  readonly agentIds: string[];
  at: number;
  private readonly random: () => number;
  private readonly heap: Scheduled[] = [];
  private order = 0;
  private callerCount = 0;
  private readonly present = new Set<string>();
  /** Outstanding agent legs by `offerId agentId`: the key of their scheduled outcome. */
  private readonly legs = new Map<string, Scheduled>();

  constructor(options: Partial<AcdLoadOptions> = {}, startAt = Date.UTC(2026, 11, 2, 8, 0, 0)) {
    this.options = { ...defaultAcdLoadOptions, ...options };
    this.random = createRandom(this.options.seed);
    this.at = startAt;
    this.queueIds = Array.from({ length: this.options.queues }, (_, index) => `q${index}`);
    this.agentIds = Array.from({ length: this.options.agents }, (_, index) => `agent-${index}`);
  }

  setupEvents(): AcdEvent[] {
    const { options } = this;
    const members = new Map<string, { agentId: string; penalty: number; position: number }[]>(this.queueIds.map((id) => [id, []]));
    this.agentIds.forEach((agentId, index) => {
      const count = 1 + Math.floor(this.random() * options.queuesPerAgent);
      for (let offset = 0; offset < count; offset += 1) {
        const queueId = this.queueIds[(index + offset) % this.queueIds.length] as string;
        members.get(queueId)?.push({ agentId, penalty: 0, position: index });
      }
    });
    const events: AcdEvent[] = this.queueIds.map((queueId, index) => ({
      type: "queueConfigured", at: this.at, queueId, members: members.get(queueId) ?? [],
      settings: createQueueSettings({ strategy: pickStrategy(index), ringSeconds: options.ringSeconds, wrapUpSeconds: options.wrapUpSeconds, retrySeconds: 5 }),
    }));
    for (let index = 0; index < options.callers; index += 1) events.push(this.createJoin(this.at));
    for (const agentId of this.agentIds) events.push({ type: "agentLoggedIn", at: this.at, agentId });
    return events;
  }

  /** Reacts to the dispatcher's commands the way phones, callers and jambonz would. */
  observe(commands: readonly AcdCommand[]): void {
    const { options } = this;
    for (const command of commands) {
      if (command.type === "ringAgent") {
        const roll = this.random();
        const key = `${command.offerId} ${command.agentId}`;
        const base = { offerId: command.offerId, agentId: command.agentId };
        const scheduled = roll < options.answerRate
          ? this.schedule(this.at + this.between(1, Math.min(8, command.ringSeconds)) * 1000, { type: "offerAnswered", at: 0, ...base }, key)
          : roll < options.answerRate + options.busyRate
            ? this.schedule(this.at + this.between(0.2, 1) * 1000, { type: "offerFailed", at: 0, ...base, reason: "busy" }, key)
            : this.schedule(this.at + command.ringSeconds * 1000, { type: "offerFailed", at: 0, ...base, reason: "noAnswer" }, key);
        this.legs.set(key, scheduled);
      } else if (command.type === "cancelOffer") {
        const key = `${command.offerId} ${command.agentId}`;
        const scheduled = this.legs.get(key);
        // jambonz: an answer that lands within the cancel's round trip wins (422 on the cancel).
        if (scheduled && !(scheduled.event.type === "offerAnswered" && scheduled.at - this.at < 200)) {
          scheduled.key = undefined;
          this.legs.set(key, this.schedule(this.at + 200, { type: "offerFailed", at: 0, offerId: command.offerId, agentId: command.agentId, reason: "noAnswer" }, key));
        }
      } else if (command.type === "bridge") {
        this.present.delete(command.callerId);
        this.schedule(this.at + 500, { type: "callerLeft", at: 0, callerId: command.callerId, reason: "answered" });
        const endsAt = this.at + this.between(...options.talkSeconds) * 1000;
        this.schedule(endsAt, { type: "agentCallEnded", at: 0, agentId: command.agentId });
        // Some agents press "ready" before their wrap-up is over.
        if (this.random() < 0.3) this.schedule(endsAt + this.between(1, 3) * 1000, { type: "wrapUpEnded", at: 0, agentId: command.agentId });
        this.replaceCaller();
      } else if (command.type === "releaseAgent") {
        this.schedule(this.at + 3000, { type: "agentCallEnded", at: 0, agentId: command.agentId });
      } else if (command.type === "removeCaller" || command.type === "refuseCaller") {
        this.present.delete(command.callerId);
        this.replaceCaller();
      }
    }
  }

  /** The next event: a scheduled one, or a tick when the dispatcher's timer comes first. */
  nextEvent(nextTickAt: number | null): AcdEvent | undefined {
    for (;;) {
      const head = this.heap[0];
      if (nextTickAt !== null && (!head || nextTickAt < head.at)) {
        this.at = Math.max(this.at, nextTickAt);
        return { type: "tick", at: this.at };
      }
      if (!head) return undefined;
      this.pop();
      if (!this.isCurrent(head)) continue;
      this.at = Math.max(this.at, head.at);
      return { ...head.event, at: this.at };
    }
  }

  private isCurrent(scheduled: Scheduled): boolean {
    const { event } = scheduled;
    if (event.type === "offerAnswered" || event.type === "offerFailed") {
      const key = `${event.offerId} ${event.agentId}`;
      if (scheduled.key !== key || this.legs.get(key) !== scheduled) return false;
      this.legs.delete(key);
      return true;
    }
    if (event.type === "callerLeft" && event.reason === "abandoned") {
      if (!this.present.has(event.callerId)) return false;
      this.present.delete(event.callerId);
      this.replaceCaller();
    }
    return true;
  }

  private createJoin(at: number): AcdEvent {
    this.callerCount += 1;
    const callerId = `caller-${this.callerCount}`;
    this.present.add(callerId);
    const patience = -Math.log(1 - this.random()) * this.options.patienceSeconds;
    this.schedule(at + patience * 1000, { type: "callerLeft", at: 0, callerId, reason: "abandoned" });
    const queueId = this.queueIds[Math.floor(this.random() * this.queueIds.length)] as string;
    return { type: "callerJoined", at, callerId, queueId, priority: this.random() < 0.1 ? 1 : 0 };
  }

  private replaceCaller(): void {
    const at = this.at + this.between(0, 2) * 1000;
    this.schedule(at, this.createJoin(at));
  }

  private between(low: number, high: number): number {
    return low + this.random() * (high - low);
  }

  private schedule(at: number, event: AcdEvent, key?: string): Scheduled {
    const scheduled: Scheduled = { at: Math.round(at), order: (this.order += 1), event, key };
    const heap = this.heap;
    heap.push(scheduled);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!isEarlier(heap[index] as Scheduled, heap[parent] as Scheduled)) break;
      [heap[index], heap[parent]] = [heap[parent] as Scheduled, heap[index] as Scheduled];
      index = parent;
    }
    return scheduled;
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop() as Scheduled;
    if (heap.length === 0) return;
    heap[0] = last;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      if (left < heap.length && isEarlier(heap[left] as Scheduled, heap[smallest] as Scheduled)) smallest = left;
      if (right < heap.length && isEarlier(heap[right] as Scheduled, heap[smallest] as Scheduled)) smallest = right;
      if (smallest === index) return;
      [heap[index], heap[smallest]] = [heap[smallest] as Scheduled, heap[index] as Scheduled];
      index = smallest;
    }
  }
}

function isEarlier(a: Scheduled, b: Scheduled): boolean {
  return a.at < b.at || (a.at === b.at && a.order < b.order);
}

/** Queue q0 hunts in order, q1 round robin, q2 longest idle, q3 fewest calls, q4 rings all... */
function pickStrategy(index: number): QueueStrategy {
  const hunting = queueStrategies.filter((strategy) => strategy !== "simultaneous");
  return index < hunting.length ? (hunting[index] as QueueStrategy) : "simultaneous";
}
