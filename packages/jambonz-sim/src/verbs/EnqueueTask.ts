import type { BridgeLink } from '../pbx/BridgeLink';
import type { DequeueRequest, QueueMember } from '../pbx/CallQueue';
import { createChildController, runWaitLoop } from './runWaitLoop';
import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

const WAIT_HOOK_VERBS = ['play', 'say', 'pause', 'leave', 'tag'] as const;

/** One HTTP hop between feature servers (the dequeue/ready/hangup POSTs), in clock ms. */
export const FS_HOP_MS = 20;

/**
 * `enqueue` (FS lib/tasks/enqueue.js): wait in a named queue (priority + FIFO), hold loop via the
 * waitHook, and when a `dequeue` takes this caller, the handshake: the dequeuer's POST
 * `{event:'dequeue'}` is answered 202 (404 once the call is gone, 422 once it is no longer in this
 * enqueue), the caller answers `{event:'ready'}` and the two are bridged until either hangs up. The
 * actionHook fires after the bridge ends (`bridged`), or with `hangup`/`leave` if never dequeued.
 */
export class EnqueueTask extends VerbTask {
  private state: 'hangup' | 'bridged' | 'leave' | 'error' = 'hangup';

  constructor(data: Record<string, unknown>) {
    super('enqueue', data);
  }

  async exec(session: VerbSession): Promise<void> {
    const name = String(this.data.name);
    const queueSid = `queue:${session.callInfo.identity.account_sid}:${name}`;
    const p = this.data.priority;
    const priority = typeof p === 'number' && p >= 0 ? p : 999;
    const joinedAt = session.clock.now();
    const queueTime = (): number => Math.floor((session.clock.now() - joinedAt) / 1000);
    const queue = session.pbx.queue(name);
    const waiting = createChildController(this.signal);
    let request: DequeueRequest | undefined;
    const dequeued = new Promise<void>((resolve) => {
      const member: QueueMember = {
        callSid: session.callInfo.callSid,
        callId: session.callInfo.identity.call_id,
        priority,
        requestDequeue: (r) => {
          if (session.callGone) return 404;
          if (this.killed || request) return 422;
          request = r;
          waiting.abort('dequeued');
          resolve();
          return 202;
        },
      };
      const position = queue.add(member);
      session.log({ kind: 'queue', event: 'joined', name, position });
    });
    // FS enqueue.js _addToQueue: the account-level queue_event_hook hears of every join and leave.
    session.performQueueWebhook({ event: 'join', queue: name, length: queue.size, joinTime: Date.now() });

    const waitHook = this.hookOf('waitHook');
    if (waitHook) {
      const outcome = await runWaitLoop(session, {
        hook: waitHook,
        silenceMs: 500,
        allowed: WAIT_HOOK_VERBS,
        stop: waiting.signal,
        label: 'enqueue',
        // FS sends only these fields to the waitHook, not the full call info.
        buildData: () => ({
          queue_sid: queueSid,
          queue_time: queueTime(),
          queue_size: queue.size,
          queue_position: queue.positionOf(session.callInfo.callSid),
          call_sid: session.callInfo.callSid,
          call_id: session.callInfo.identity.call_id,
          ...(session.callInfo.customerData && { customerData: session.callInfo.customerData }),
        }),
      });
      if (outcome === 'left' && !request) this.state = 'leave';
    }
    if (this.state !== 'leave') await Promise.race([dequeued, this.untilKilled()]);
    if (request) {
      session.performQueueWebhook({ event: 'leave', queue: name, length: queue.size, leaveReason: 'dequeued', leaveTime: Date.now(), dequeuer: request.dequeuer });
      session.log({ kind: 'queue', event: 'dequeued', name });
      if (!(await this.bridge(session, request))) return;
    } else {
      queue.remove(session.callInfo.callSid);
      session.log({ kind: 'queue', event: 'left', name });
      // Only a dequeue counts as 'dequeued': a hang-up and a `leave` are both 'abandoned' (FS enqueue.js).
      session.performQueueWebhook({ event: 'leave', queue: name, length: queue.size, leaveReason: 'abandoned', leaveTime: Date.now() });
    }
    await session.performAction(this, this.actionHook, { queue_sid: queueSid, queue_time: queueTime(), queue_result: this.state }, this.killReason !== 'replaced');
  }

  /**
   * FS _bridgeLocal: POST `ready` to the dequeuer (not awaited) and stay bridged until either side
   * hangs up. If the dequeuer is gone by then, FS's `.catch` rejects the enqueue: it ends with no
   * actionHook at all (the caller is left in silence, waiting for commands). Returns false then.
   */
  private async bridge(session: VerbSession, request: DequeueRequest): Promise<boolean> {
    const link: BridgeLink = request.link;
    await this.sleep(session, FS_HOP_MS);
    if (this.killed) {
      request.hangup();
      this.state = 'bridged';
      return true;
    }
    if (link.isEnded) {
      this.state = 'error';
      session.log({ kind: 'note', text: 'enqueue: the dequeuer went away before the bridge; no actionHook (FS bridge failure)' });
      return false;
    }
    request.ready();
    this.state = 'bridged';
    session.log({ kind: 'bridged', with: request.agent, via: 'queue' });
    await Promise.race([link.whenEnded(), this.untilKilled()]);
    link.end(session.callInfo.callSid);
    session.log({ kind: 'unbridged', with: request.agent, via: 'queue' });
    return true;
  }
}
