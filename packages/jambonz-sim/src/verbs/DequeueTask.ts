import { BridgeLink } from '../pbx/BridgeLink';
import type { QueueMember } from '../pbx/CallQueue';
import { FS_HOP_MS } from './EnqueueTask';
import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

/** FS dequeue.js: how long the dequeuer waits for the caller's `ready` after its POST was accepted. */
export const BRIDGE_TIMEOUT_MS = 20_000;

/**
 * `dequeue` (FS lib/tasks/dequeue.js), run by an agent's call: wait 1 s, then look for the caller
 * every 5 s (the head of the queue, or the member whose call sid is `callSid`) until found or
 * `timeout` (0 = for ever); POST `{event:'dequeue'}` to the caller, wait up to 20 s for its `ready`,
 * then stay bridged until either side hangs up. `dequeue_result` (not awaited, as FS):
 * `complete` (the bridge ended), `timeout` (nobody found) or `hangup` (the caller refused the
 * dequeue — gone, 404, or no longer queued, 422 — or never said ready).
 */
export class DequeueTask extends VerbTask {
  constructor(data: Record<string, unknown>) {
    super('dequeue', data);
  }

  async exec(session: VerbSession): Promise<void> {
    const name = String(this.data.name);
    const member = await this.poll(session, name);
    const report = (dequeue_result: string): void => {
      session.performAction(this, this.actionHook, { dequeue_result }).catch((error: unknown) => {
        session.log({ kind: 'note', text: `dequeue actionHook failed: ${error instanceof Error ? error.message : String(error)}` });
      });
    };
    if (!member) return report('timeout');
    report(await this.bridge(session, member));
  }

  private async bridge(session: VerbSession, member: QueueMember): Promise<'complete' | 'hangup'> {
    const link = new BridgeLink(member.callSid, session.callInfo.callSid);
    let ready!: () => void;
    const readySaid = new Promise<void>((resolve) => (ready = resolve));
    if (!(await this.sleep(session, FS_HOP_MS))) return 'complete';
    const status = member.requestDequeue({
      link,
      agent: session.callInfo.identity.to,
      dequeuer: session.callInfo.toJSON(),
      ready,
      hangup: () => link.end(member.callSid),
    });
    if (status !== 202) {
      session.log({ kind: 'note', text: `dequeue: the caller's feature server answered ${status} (bridge failure)` });
      return 'hangup';
    }
    const timer = session.clock.setTimer(() => link.end('bridge timeout'), BRIDGE_TIMEOUT_MS);
    await Promise.race([readySaid, link.whenEnded(), this.untilKilled()]);
    session.clock.clearTimer(timer);
    if (this.killed || link.isEnded) {
      link.end(session.callInfo.callSid);
      return this.killed || !this.timedOut(link) ? 'complete' : 'hangup';
    }
    if (this.data.beep === true) session.log({ kind: 'hear', what: 'beep', durationMs: 500 });
    session.log({ kind: 'bridged', with: member.callSid, via: 'queue' });
    await Promise.race([link.whenEnded(), this.untilKilled()]);
    link.end(session.callInfo.callSid);
    session.log({ kind: 'unbridged', with: member.callSid, via: 'queue' });
    return 'complete';
  }

  private timedOut(link: BridgeLink): boolean {
    return link.endedBy === 'bridge timeout';
  }

  private async poll(session: VerbSession, name: string): Promise<QueueMember | undefined> {
    const timeoutMs = typeof this.data.timeout === 'number' ? this.data.timeout * 1000 : 0;
    const deadline = timeoutMs > 0 ? session.clock.now() + timeoutMs : Number.POSITIVE_INFINITY;
    const callSid = typeof this.data.callSid === 'string' ? this.data.callSid : undefined;
    if (!(await this.sleep(session, Math.min(1000, deadline - session.clock.now())))) return undefined;
    while (!this.killed && session.clock.now() < deadline) {
      const member = session.pbx.queue(name).take(callSid);
      if (member) return member;
      if (!(await this.sleep(session, Math.min(5000, deadline - session.clock.now())))) return undefined;
    }
    return undefined;
  }
}
