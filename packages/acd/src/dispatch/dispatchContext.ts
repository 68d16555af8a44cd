import type { AcdCommand } from "../commands/acdCommand";
import { readAgentStatus } from "../agents/readAgentStatus";
import type { AcdState, AgentState, CallerState, OfferState, QueueState } from "../state/acdState";

type Tables = {
  queues: Record<string, QueueState>;
  agents: Record<string, AgentState>;
  callers: Record<string, CallerState>;
  offers: Record<string, OfferState>;
};

/**
 * The state being changed by one `dispatch`, copy-on-write: a table is copied the first time one
 * of its records changes, and records are replaced, never edited, so the state passed in stays
 * untouched. Collects the commands in order.
 */
export class DispatchContext {
  readonly now: number;
  readonly commands: AcdCommand[] = [];
  private seq: number;
  private readonly tables: Tables;
  private readonly copied = new Set<keyof Tables>();
  private readonly touchedAgents = new Set<string>();

  constructor(private readonly base: AcdState, now: number) {
    this.now = now;
    this.seq = base.seq;
    this.tables = { queues: base.queues, agents: base.agents, callers: base.callers, offers: base.offers };
  }

  queue(id: string): QueueState | undefined { return this.tables.queues[id]; }
  agent(id: string): AgentState | undefined { return this.tables.agents[id]; }
  caller(id: string): CallerState | undefined { return this.tables.callers[id]; }
  offer(id: string): OfferState | undefined { return this.tables.offers[id]; }
  listQueues(): QueueState[] { return Object.values(this.tables.queues); }
  listAgents(): AgentState[] { return Object.values(this.tables.agents); }
  listCallers(): CallerState[] { return Object.values(this.tables.callers); }
  listOffers(): OfferState[] { return Object.values(this.tables.offers); }

  putQueue(queue: QueueState): void { this.writable("queues")[queue.id] = queue; }
  deleteQueue(id: string): void { delete this.writable("queues")[id]; }
  putCaller(caller: CallerState): void { this.writable("callers")[caller.id] = caller; }
  deleteCaller(id: string): void { delete this.writable("callers")[id]; }
  putOffer(offer: OfferState): void { this.writable("offers")[offer.id] = offer; }
  deleteOffer(id: string): void { delete this.writable("offers")[id]; }
  putAgent(agent: AgentState): void {
    this.touchedAgents.add(agent.id);
    this.writable("agents")[agent.id] = agent;
  }

  emit(command: AcdCommand): void { this.commands.push(command); }

  /** The next number of the state's sequence (offer ids, arrival order). */
  takeSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  offerId(seq: number): string { return `${this.base.idPrefix}${seq}`; }

  /** The new state; agents whose displayed state changed get `since = now`. */
  finish(): AcdState {
    const { agents } = this.tables;
    for (const id of this.touchedAgents) {
      const agent = agents[id] as AgentState;
      const before = this.base.agents[id];
      if (before === undefined || readAgentStatus(before) !== readAgentStatus(agent)) agents[id] = { ...agent, since: this.now };
    }
    return { version: 1, now: this.now, seq: this.seq, idPrefix: this.base.idPrefix, ...this.tables };
  }

  private writable<K extends keyof Tables>(name: K): Tables[K] {
    if (!this.copied.has(name)) {
      this.copied.add(name);
      this.tables[name] = { ...this.tables[name] };
    }
    return this.tables[name];
  }
}
