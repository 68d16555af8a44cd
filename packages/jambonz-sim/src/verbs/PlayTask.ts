import { parseLoopCount } from './SayTask';
import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

/** `play`: each url lasts `resolveAudioDurationMs(url)`; `timeoutSecs` cuts it short. */
export class PlayTask extends VerbTask {
  constructor(
    data: Record<string, unknown>,
    private readonly nested = false,
  ) {
    super('play', data);
  }

  async exec(session: VerbSession): Promise<void> {
    const urls = (Array.isArray(this.data.url) ? this.data.url : [this.data.url]).map(String);
    const loops = parseLoopCount(this.data.loop);
    const startedAt = session.clock.now();
    const limitMs = typeof this.data.timeoutSecs === 'number' ? this.data.timeoutSecs * 1000 : Number.POSITIVE_INFINITY;
    let complete = true;
    outer: for (let i = 0; i < loops; i++) {
      for (const url of urls) {
        const remaining = limitMs - (session.clock.now() - startedAt);
        if (remaining <= 0) break outer;
        const durationMs = Math.min(session.timing.resolveAudioDurationMs(url), remaining);
        session.log({ kind: 'hear', what: 'play', url, durationMs });
        if (!(await this.sleep(session, durationMs))) {
          complete = false;
          break outer;
        }
      }
    }
    if (!complete || this.nested) return;
    const playedMs = session.clock.now() - startedAt;
    await session.performAction(this, this.actionHook, {
      reason: 'playCompleted',
      playback_seconds: Math.floor(playedMs / 1000),
      playback_milliseconds: playedMs,
    });
  }
}
