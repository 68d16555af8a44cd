import type { TimerHandle } from '../clock/Clock';
import { PlayTask } from './PlayTask';
import { SayTask } from './SayTask';
import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

type GatherReason = 'dtmf-terminator-key' | 'dtmf-num-digits' | 'dtmf-interdigit-timeout' | 'timeout' | 'killed' | 'speech' | 'stt-low-confidence';

/** Confidence the simulated recognizer gives every phrase it hears. */
export const SIMULATED_STT_CONFIDENCE = 0.92;

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/**
 * `gather` for DTMF, with FS gather.js timing: the timeout starts when listening starts (after
 * the prompt), a digit starts it if none is running, and `minDigits` has NO default, so partial
 * input on timeout is dropped and interDigitTimeout is inert unless minDigits is set.
 */
export class GatherTask extends VerbTask {
  private buffer = '';
  private prompt: VerbTask | undefined;
  private transcript: Record<string, unknown> | undefined;

  constructor(data: Record<string, unknown>) {
    super('gather', data);
    if (data.say) this.prompt = new SayTask(data.say as Record<string, unknown>);
    else if (data.play) this.prompt = new PlayTask(data.play as Record<string, unknown>, true);
  }

  override get precondition(): 'endpoint' {
    return 'endpoint';
  }

  override kill(reason?: Parameters<VerbTask['kill']>[0]): void {
    super.kill(reason);
    this.prompt?.kill();
  }

  async exec(session: VerbSession): Promise<void> {
    const reason = await this.collect(session);
    if (reason === 'killed' || session.callGone) return;
    const isDtmf = reason.startsWith('dtmf');
    // FS gather.js _resolve: dtmfDetected {digits}, speechDetected {speech}, stt-low-confidence {speech}, timeout.
    const results: Record<string, unknown> = isDtmf
      ? { digits: this.buffer, reason: 'dtmfDetected' }
      : reason === 'speech'
        ? { speech: this.transcript, reason: 'speechDetected' }
        : reason === 'stt-low-confidence'
          ? { speech: this.transcript, reason: 'stt-low-confidence' }
          : { reason: 'timeout' };
    session.log({ kind: 'gather-result', reason: String(results.reason), ...(isDtmf && { digits: this.buffer }) });
    try {
      await session.performAction(this, this.actionHook, results);
    } catch (error) {
      // FS gather _resolve: report and carry on with the next verb.
      const details = error instanceof Error ? error.message : String(error);
      session.notifyError(this, { msg: 'invalid actionHook response', details });
      void session.request('call:status', undefined, { ...session.callInfo.toJSON(), error: 'invalid actionHook response', reason: details });
    }
  }

  private collect(session: VerbSession): Promise<GatherReason> {
    const input = Array.isArray(this.data.input) ? this.data.input : ['digits'];
    const wantsDigits = input.includes('digits');
    const wantsSpeech = input.includes('speech');
    const recognizer = (this.data.recognizer ?? {}) as { vendor?: string; language?: string; minConfidence?: number };
    const t = this.data.timeout;
    const timeoutMs = t === 0 ? 0 : ((typeof t === 'number' && t) || 15) * 1000;
    const numDigits = optionalNumber(this.data.numDigits);
    const minDigits = optionalNumber(this.data.minDigits);
    const maxDigits = optionalNumber(this.data.maxDigits);
    const interDigitMs = (optionalNumber(this.data.interDigitTimeout) ?? 0) * 1000;
    const dtmfBargein = this.data.dtmfBargein !== false && wantsDigits;
    const prompt = this.prompt;
    const listenDuringPrompt = prompt ? this.data.listenDuringPrompt !== false : false;
    const meetsMin = (): boolean => minDigits !== undefined && this.buffer.length >= minDigits;

    return new Promise<GatherReason>((resolve) => {
      let timer: TimerHandle | undefined;
      let interTimer: TimerHandle | undefined;
      let resolved = false;
      let stopDtmf: (() => void) | undefined;
      let stopSpeech: (() => void) | undefined;
      const finish = (reason: GatherReason): void => {
        if (resolved) return;
        resolved = true;
        session.clock.clearTimer(timer);
        session.clock.clearTimer(interTimer);
        stopDtmf?.();
        stopSpeech?.();
        prompt?.kill();
        resolve(reason);
      };
      const startTimer = (): void => {
        if (timeoutMs === 0) return;
        session.clock.clearTimer(timer);
        timer = session.clock.setTimer(() => {
          timer = undefined;
          finish(meetsMin() ? 'dtmf-num-digits' : 'timeout');
        }, timeoutMs);
      };
      const onDtmf = (digit: string): void => {
        if (!timer && timeoutMs > 0) startTimer();
        session.clock.clearTimer(interTimer);
        if (dtmfBargein && prompt && !prompt.killed) {
          session.notifyStatus(this, { event: 'dtmf-bargein-detected', dtmf: digit });
          prompt.kill();
        }
        if (digit === this.data.finishOnKey && wantsDigits) return finish('dtmf-terminator-key');
        if (wantsDigits) {
          this.buffer += digit;
          const len = this.buffer.length;
          if (len === numDigits || len === maxDigits) return finish('dtmf-num-digits');
        }
        if (interDigitMs > 0 && meetsMin()) {
          interTimer = session.clock.setTimer(() => finish('dtmf-interdigit-timeout'), interDigitMs);
          session.clock.clearTimer(timer);
          timer = undefined;
        }
      };
      // The transcript normalised as FS transcription-utils.js does (google's shape by default).
      const onSpeech = (text: string): void => {
        const vendor = recognizer.vendor ?? 'google';
        const alternatives = [{ confidence: SIMULATED_STT_CONFIDENCE, transcript: text }];
        this.transcript = {
          language_code: recognizer.language ?? 'en-US', channel_tag: 1, is_final: true, alternatives,
          vendor: { name: vendor, evt: { is_final: true, alternatives } },
        };
        prompt?.kill();
        stopSpeech?.();
        const min = recognizer.minConfidence;
        finish(min !== undefined && SIMULATED_STT_CONFIDENCE < min ? 'stt-low-confidence' : 'speech');
      };
      const startDtmfListener = (): void => {
        if (wantsDigits || dtmfBargein) stopDtmf = session.onDtmf(onDtmf);
      };
      const startListening = (): void => {
        startTimer();
        if (wantsSpeech && !stopSpeech) stopSpeech = session.onSpeech(onSpeech);
        session.log({ kind: 'gather-listening', ...(this.id && { id: this.id }), ...(wantsSpeech && { speech: true }) });
      };
      this.signal.addEventListener('abort', () => finish('killed'), { once: true });
      if (prompt) {
        void prompt.exec(session).finally(() => {
          if (!listenDuringPrompt && !resolved) startDtmfListener();
          if (!this.killed && !resolved) startListening();
        });
      } else startListening();
      if (listenDuringPrompt || !prompt) startDtmfListener();
    });
  }
}
