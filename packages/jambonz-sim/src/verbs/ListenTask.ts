import { ListenStream, resolveListenUrl } from './ListenStream';
import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

/** `listen` (and `stream`): the voicemail building block. Ends on maxLength, finishOnKey or hang-up. */
export class ListenTask extends VerbTask {
  constructor(data: Record<string, unknown>) {
    super('listen', data);
  }

  async exec(session: VerbSession): Promise<void> {
    const results: Record<string, unknown> = {};
    if (this.data.playBeep === true) {
      session.log({ kind: 'hear', what: 'beep', durationMs: 500 });
      await this.sleep(session, 500);
    }
    const wsAuth = this.data.wsAuth as { username: string; password: string } | undefined;
    const stream = new ListenStream(session, resolveListenUrl(session.appUrl, String(this.data.url)), {
      sampleRate: typeof this.data.sampleRate === 'number' ? this.data.sampleRate : 8000,
      mixType: typeof this.data.mixType === 'string' ? this.data.mixType : 'mono',
      // FS builds listen metadata from callInfo.toJSON() without snake-casing it.
      metadata: { ...session.callInfo.toCamelCaseJSON(), ...(this.data.metadata as Record<string, unknown> | undefined) },
      ...((wsAuth ?? session.appAuth) && { auth: wsAuth ?? session.appAuth }),
    });
    // FS listen.js _onConnectFailure: an unreachable URL ends the verb at once, with no duration.
    if (!this.killed && !(await stream.start())) {
      session.log({ kind: 'listen', event: 'stopped', url: stream.url, frames: 0 });
    } else if (!this.killed) {
      const startedAt = session.clock.now();
      const stopDtmf = session.onDtmf((digit) => {
        if (digit !== this.data.finishOnKey) return;
        results.digits = digit;
        this.kill();
      });
      const maxLength = typeof this.data.maxLength === 'number' ? this.data.maxLength * 1000 : undefined;
      const timer = maxLength ? session.clock.setTimer(() => this.kill(), maxLength) : undefined;
      await this.untilKilled();
      session.clock.clearTimer(timer);
      stopDtmf();
      stream.stop();
      results.dial_call_duration = Math.floor((session.clock.now() - startedAt) / 1000);
    }
    await session.performAction(this, this.actionHook, results);
  }
}
