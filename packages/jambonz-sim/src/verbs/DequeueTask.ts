import { BridgeLink } from '../pbx/BridgeLink';
import type { QueueMember } from '../pbx/CallQueue';
import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

/** `dequeue` (run by an agent's call): wait 1 s, poll every 5 s, bridge to the caller taken. */
export class DequeueTask extends VerbTask {
  constructor(data: Record<string, unknown>) {
    super('dequeue', data);
  }

  async exec(session: VerbSession): Promise<void> {
    const name = String(this.data.name);
    const member = await this.poll(session, name);
    // FS does not await these actionHooks: the next verb starts while the hook is in flight.
    const report = (dequeue_result: string): void => {
      session.performAction(this, this.actionHook, { dequeue_result }).catch((error: unknown) => {
        session.log({ kind: 'note', text: `dequeue actionHook failed: ${error instanceof Error ? error.message : String(error)}` });
      });
    };
    if (!member) return report('timeout');
    const link = new BridgeLink(member.callSid, session.callInfo.callSid);
    member.onDequeue(link, session.callInfo.identity.from, session.callInfo.toJSON());
    if (this.data.beep === true) session.log({ kind: 'hear', what: 'beep', durationMs: 500 });
    session.log({ kind: 'bridged', with: member.callSid, via: 'queue' });
    await Promise.race([link.whenEnded(), this.untilKilled()]);
    link.end(session.callInfo.callSid);
    session.log({ kind: 'unbridged', with: member.callSid, via: 'queue' });
    report('complete');
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
