import type { Clock } from '../clock/Clock';
import { BridgeLink } from './BridgeLink';
import { CallQueue } from './CallQueue';
import { ConferenceRoom } from './ConferenceRoom';

/** Options for a scripted agent that takes a caller without running an app of its own. */
export interface ScriptedAgentOptions {
  /** How the agent shows up in transcripts (default 'agent'). */
  agent?: string;
  /** The agent hangs up after this long (default 30000 ms); the caller may hang up first. */
  talkMs?: number;
  /** Take this caller rather than the head of the queue. */
  callSid?: string;
}

/** Simulator-wide shared state: queues and conference rooms, keyed by name. */
export class SimulatedPbx {
  private readonly queues = new Map<string, CallQueue>();
  private readonly rooms = new Map<string, ConferenceRoom>();

  constructor(private readonly clock: Clock) {}

  queue(name: string): CallQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new CallQueue(name);
      this.queues.set(name, queue);
    }
    return queue;
  }

  conference(name: string): ConferenceRoom {
    let room = this.rooms.get(name);
    if (!room) {
      room = new ConferenceRoom(name);
      this.rooms.set(name, room);
    }
    return room;
  }

  /** Names of the queues that have callers waiting. */
  listQueueNames(): string[] {
    return [...this.queues.values()].filter((q) => q.size > 0).map((q) => q.name);
  }

  /** Names of the conference rooms known (started or with callers waiting). */
  listConferenceNames(): string[] {
    return [...this.rooms.keys()];
  }

  /** Call sids waiting in `name`, in the order they will be served. */
  listQueue(name: string): string[] {
    return this.queues.get(name)?.list() ?? [];
  }

  /**
   * A scripted agent takes the next caller from `name` and talks for `talkMs`.
   * Returns the dequeued call sid, or undefined when the queue is empty.
   */
  dequeueToAgent(name: string, options: ScriptedAgentOptions = {}): string | undefined {
    const member = this.queue(name).take(options.callSid);
    if (!member) return undefined;
    const agent = options.agent ?? 'agent';
    const link = new BridgeLink(member.callSid, agent);
    const status = member.requestDequeue({
      link, agent,
      ready: () => {
        const timer = this.clock.setTimer(() => link.end(agent), options.talkMs ?? 30000);
        link.onEnd(() => this.clock.clearTimer(timer));
      },
      hangup: () => link.end(member.callSid),
    });
    return status === 202 ? member.callSid : undefined;
  }
}
