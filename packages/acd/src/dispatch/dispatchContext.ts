import type { AcdCommand } from "../commands/acdCommand";
import { readAgentStatus } from "../agents/readAgentStatus";
import type { AcdState, AgentState, CallerState, OfferState, QueueState } from "../state/acdState";

type Tables = {
  queues: Record<string, QueueState>;
  agents: Record<string, AgentState>;
  callers: Record<string, CallerState>;
  offers: Record<string, OfferState>;
};

/** Ids of the records one dispatch wrote or deleted, per table, in the order first touched. */
export type ChangedIds = { [K in keyof Tables]: string[] };

/**
 * The state being changed by one `dispatch`. The tables are changed in place (copying a table of
 * a thousand callers on every event would cost more than all the decisions), but a record is
 * always replaced, never edited. Remembers which records changed and collects the commands.
 */
export class DispatchContext {
  readonly now: number;
  readonly commands: AcdCommand[] = [];
  private seq: number;
  private readonly tables: Tables;
  private readonly changed: { [K in keyof Tables]: Set<string> } = { queues: new Set(), agents: new Set(), callers: new Set(), offers: new Set() };
  /** Each touched agent as it was before this dispatch (undefined: new). */
  private readonly agentsBefore = new Map<string, AgentState | undefined>();

  constructor(private readonly base: AcdState, now: number) {
    this.now = now;
    this.seq = base.seq;
    this.tables = { queues: base.queues, agents: base.agents, callers: base.callers, offers: base.offers };
  }

  queue(id: string): QueueState | undefined { return this.tables.queues[id]; }
  agent(id: string): AgentState | undefined { return this.tables.agents[id]; }
  caller(id: string): CallerState | undefined { return this.tables.callers[id]; }
  offer(id: string): OfferState | undefined { return this.tables.offers[id]; }
  listQueues(): QueueState[] { return listRecords(this.tables.queues); }
  listAgents(): AgentState[] { return listRecords(this.tables.agents); }
  listCallers(): CallerState[] { return listRecords(this.tables.callers); }
  listOffers(): OfferState[] { return listRecords(this.tables.offers); }

  putQueue(queue: QueueState): void { this.write("queues", queue.id, queue); }
  deleteQueue(id: string): void { this.write("queues", id, undefined); }
  putCaller(caller: CallerState): void { this.write("callers", caller.id, caller); }
  deleteCaller(id: string): void { this.write("callers", id, undefined); }
  putOffer(offer: OfferState): void { this.write("offers", offer.id, offer); }
  deleteOffer(id: string): void { this.write("offers", id, undefined); }
  putAgent(agent: AgentState): void {
    if (!this.agentsBefore.has(agent.id)) this.agentsBefore.set(agent.id, this.tables.agents[agent.id]);
    this.write("agents", agent.id, agent);
  }

  emit(command: AcdCommand): void { this.commands.push(command); }

  /** The next number of the state's sequence (offer ids, arrival order). */
  takeSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  offerId(seq: number): string { return `${this.base.idPrefix}${seq}`; }

  /** The new state and what changed; agents whose displayed state changed get `since = now`. */
  finish(): { state: AcdState; changed: ChangedIds } {
    const { agents } = this.tables;
    for (const [id, before] of this.agentsBefore) {
      const agent = agents[id] as AgentState;
      if (before === undefined || readAgentStatus(before) !== readAgentStatus(agent)) agents[id] = { ...agent, since: this.now };
    }
    const state: AcdState = { version: 1, now: this.now, seq: this.seq, idPrefix: this.base.idPrefix, ...this.tables };
    const { queues, callers, offers } = this.changed;
    return { state, changed: { queues: [...queues], agents: [...this.changed.agents], callers: [...callers], offers: [...offers] } };
  }

  private write<K extends keyof Tables>(name: K, id: string, record: Tables[K][string] | undefined): void {
    this.changed[name].add(id);
    const table = this.tables[name] as Record<string, Tables[K][string]>;
    if (record === undefined) delete table[id];
    else table[id] = record;
  }
}

/**
 * The records of a table in insertion order. A loop over the keys: `Object.values` of a table
 * with a thousand records (a V8 dictionary) is several times slower, on every event.
 */
export function listRecords<T>(table: Record<string, T>): T[] {
  const records: T[] = [];
  for (const id in table) records.push(table[id] as T);
  return records;
}
