import type { BridgeLink } from './BridgeLink';

/**
 * What a dequeuer tells the caller it took (FS dequeue.js POSTs `{event:'dequeue', dequeueSipAddress,
 * epUuid, notifyUrl, dequeuer}` to the caller's `/v1/enqueue/<callSid>`).
 */
export interface DequeueRequest {
  /** The bridge the two calls will share; either side ends it. */
  link: BridgeLink;
  /** How the agent shows up in the caller's transcript (the agent leg's `to`). */
  agent: string;
  /** The dequeuer's call info (`dequeuer` in the POST body and in the queue_event_hook `leave`). */
  dequeuer?: Record<string, unknown>;
  /** The caller answers `{event:'ready'}` to the dequeuer's notifyUrl: bridge now. */
  ready(): void;
  /** The caller answers `{event:'hangup'}`: it went away before (or while) bridged. */
  hangup(): void;
}

/** A caller waiting in a queue (FS: a member of the Redis sorted set `queue:<account>:<name>`). */
export interface QueueMember {
  callSid: string;
  callId: string;
  /** Lower is served first; FS uses 999 by default and for negative values. */
  priority: number;
  /**
   * The dequeuer's POST to the caller's feature server (FS http-routes/api/enqueue.js): 202 and the
   * caller starts bridging (it answers `ready`), 404 when the call is gone, 422 when it is no longer
   * in its `enqueue` (FS "indicated call is not queued").
   */
  requestDequeue(request: DequeueRequest): 202 | 404 | 422;
}

interface Entry {
  member: QueueMember;
  seq: number;
}

/** One named queue: priority, then arrival order (FS score = priority, member = timestamp:url). */
export class CallQueue {
  /** In service order: by priority, then by arrival (`seq`). */
  private entries: Entry[] = [];
  private readonly bySid = new Map<string, Entry>();
  private nextSeq = 0;

  constructor(readonly name: string) {}

  /** Adds a caller; returns their 0-based position. */
  add(member: QueueMember): number {
    const entry = { member, seq: this.nextSeq++ };
    // Behind everyone of the same or a better priority: a binary search, like every lookup here,
    // since queues hold thousands of callers in the benchmark and each asks its position often.
    const at = this.lowerBound(entry.member.priority, entry.seq);
    this.entries.splice(at, 0, entry);
    this.bySid.set(member.callSid, entry);
    return at;
  }

  remove(callSid: string): boolean {
    return this.takeAt(this.indexOf(callSid)) !== undefined;
  }

  /** 0-based position (Redis ZRANK); FS reports 0 when the member is not found. */
  positionOf(callSid: string): number {
    return Math.max(0, this.indexOf(callSid));
  }

  get size(): number {
    return this.entries.length;
  }

  /** Pops the head, or a specific call when `callSid` is given (dequeue's callSid option). */
  take(callSid?: string): QueueMember | undefined {
    return this.takeAt(callSid ? this.indexOf(callSid) : 0);
  }

  /** Call sids in service order. */
  list(): string[] {
    return this.entries.map((e) => e.member.callSid);
  }

  private takeAt(index: number): QueueMember | undefined {
    if (index < 0 || index >= this.entries.length) return undefined;
    const [entry] = this.entries.splice(index, 1);
    this.bySid.delete(entry!.member.callSid);
    return entry!.member;
  }

  private indexOf(callSid: string): number {
    const entry = this.bySid.get(callSid);
    if (!entry) return -1;
    const at = this.lowerBound(entry.member.priority, entry.seq);
    return this.entries[at] === entry ? at : -1;
  }

  /** The first index whose entry comes at or after (priority, seq) in service order. */
  private lowerBound(priority: number, seq: number): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const e = this.entries[mid]!;
      if (e.member.priority < priority || (e.member.priority === priority && e.seq < seq)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
