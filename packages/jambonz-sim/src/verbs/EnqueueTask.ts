import type { BridgeLink } from '../pbx/BridgeLink';
import type { QueueMember } from '../pbx/CallQueue';
import { createChildController, runWaitLoop } from './runWaitLoop';
import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

const WAIT_HOOK_VERBS = ['play', 'say', 'pause', 'leave', 'tag'] as const;

/** `enqueue`: wait in a named queue (priority + FIFO), hold loop via waitHook, bridge when dequeued. */
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
    let link: BridgeLink | undefined;
    let agent = '';
    let agentInfo: Record<string, unknown> | undefined;
    let position = 0;
    const dequeued = new Promise<void>((resolve) => {
      const member: QueueMember = {
        callSid: session.callInfo.callSid,
        callId: session.callInfo.identity.call_id,
        priority,
        onDequeue: (l, by, info) => {
          link = l;
          agent = by;
          agentInfo = info;
          waiting.abort('dequeued');
          resolve();
        },
      };
      position = queue.add(member);
    });
    session.log({ kind: 'queue', event: 'joined', name, position });
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
      if (outcome === 'left' && !link) this.state = 'leave';
    }
    if (this.state !== 'leave') await Promise.race([dequeued, this.untilKilled()]);
    const bridge = link as BridgeLink | undefined;
    if (bridge) {
      session.performQueueWebhook({ event: 'leave', queue: name, length: queue.size, leaveReason: 'dequeued', leaveTime: Date.now(), dequeuer: agentInfo });
      this.state = 'bridged';
      session.log({ kind: 'queue', event: 'dequeued', name });
      session.log({ kind: 'bridged', with: agent, via: 'queue' });
      await Promise.race([bridge.whenEnded(), this.untilKilled()]);
      bridge.end(session.callInfo.callSid);
      session.log({ kind: 'unbridged', with: agent, via: 'queue' });
    } else {
      queue.remove(session.callInfo.callSid);
      session.log({ kind: 'queue', event: 'left', name });
      // Only a dequeue counts as 'dequeued': a hang-up and a `leave` are both 'abandoned' (FS enqueue.js).
      session.performQueueWebhook({ event: 'leave', queue: name, length: queue.size, leaveReason: 'abandoned', leaveTime: Date.now() });
    }
    await session.performAction(this, this.actionHook, { queue_sid: queueSid, queue_time: queueTime(), queue_result: this.state }, this.killReason !== 'replaced');
  }
}
