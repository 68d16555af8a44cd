import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

/** Milliseconds of synthesized speech for `text` (a crude but stable stand-in for real TTS); SSML markup is not spoken. */
export function computeSayMs(text: string, msPerChar: number, minMs: number): number {
  const spoken = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return Math.max(minMs, Math.round(spoken.length * msPerChar));
}

/** How many times to loop: a number, or 'forever' (until killed). */
export function parseLoopCount(loop: unknown): number {
  if (loop === 'forever') return Number.POSITIVE_INFINITY;
  const n = typeof loop === 'string' ? parseInt(loop, 10) : typeof loop === 'number' ? loop : 1;
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** `say`: the caller hears each text for a time derived from its length. */
export class SayTask extends VerbTask {
  constructor(data: Record<string, unknown>) {
    super('say', data);
  }

  async exec(session: VerbSession): Promise<void> {
    const texts = (Array.isArray(this.data.text) ? this.data.text : [this.data.text ?? '']).map(String);
    const { sayMsPerChar, sayMinMs } = session.timing;
    const loops = parseLoopCount(this.data.loop);
    for (let i = 0; i < loops && !this.killed; i++) {
      for (const text of texts) {
        const durationMs = computeSayMs(text, sayMsPerChar, sayMinMs);
        session.log({ kind: 'hear', what: 'say', text, durationMs });
        if (!(await this.sleep(session, durationMs))) return;
      }
    }
  }
}
