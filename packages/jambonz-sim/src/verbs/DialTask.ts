import type { TimerHandle } from '../clock/Clock';
import { SimulatedOutdial, type OutdialStatus } from '../dial/SimulatedOutdial';
import { screenOutdial } from '../dial/screenOutdial';
import { parseDtmfCapture } from '../dial/DtmfCollector';
import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

/** FS MAX_SIMRINGS. */
export const MAX_SIMRINGS = 10;

// FS filterAndLimit: duplicate targets removed, at most MAX_SIMRINGS kept.
function selectTargets(session: VerbSession, targets: unknown): Record<string, unknown>[] {
  const seen = new Set<string>();
  const unique = (Array.isArray(targets) ? targets : []).filter((t): t is Record<string, unknown> => {
    const key = JSON.stringify(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return typeof t === 'object' && t !== null;
  });
  if (unique.length > MAX_SIMRINGS) session.log({ kind: 'note', text: `dial: ${unique.length} targets, only the first ${MAX_SIMRINGS} ring` });
  return unique.slice(0, MAX_SIMRINGS);
}

/** `dial`: all targets ring at once, the first to answer is bridged, then the actionHook fires. */
export class DialTask extends VerbTask {
  private results: Record<string, unknown> = {};

  constructor(data: Record<string, unknown>) {
    super('dial', data);
  }

  override get precondition(): 'none' {
    return 'none';
  }

  async exec(session: VerbSession): Promise<void> {
    if (!this.data.answerOnBridge) session.answer();
    if (typeof this.data.dialMusic === 'string') {
      session.log({ kind: 'hear', what: 'dial-music', url: this.data.dialMusic, durationMs: session.timing.resolveAudioDurationMs(this.data.dialMusic) });
    }
    await this.ringAndBridge(session, selectTargets(session, this.data.target));
    await session.performAction(this, this.actionHook, this.results, this.killReason !== 'replaced');
  }

  private updateResults(leg: SimulatedOutdial, status: OutdialStatus): void {
    const current = this.results.dial_call_status;
    if (current === 'completed' || current === 'no-answer') return;
    this.results = {
      dial_call_status: status.callStatus,
      dial_sip_status: status.sipStatus,
      dial_call_sid: leg.callInfo.callSid,
      dial_sbc_callid: leg.callInfo.identity.sbc_callid,
    };
  }

  // FS dial.js _onInfo: once bridged, keys each leg presses go to its collector; a match sends the
  // dtmfHook (not awaited) with the pressing leg's call info. Both go over the parent's socket.
  private captureDtmf(session: VerbSession, leg: SimulatedOutdial): (() => void) | undefined {
    const hook = this.hookOf('dtmfHook');
    if (!hook) return undefined;
    const { parent, child } = parseDtmfCapture(this.data.dtmfCapture ?? {});
    const report = (dtmf: string, info: Record<string, unknown>): void => {
      session.log({ kind: 'note', text: `dtmfCapture matched ${dtmf}` });
      session.request('verb:hook', hook, { dtmf, ...info }).catch(() => undefined);
    };
    const stopParent = parent
      ? session.onDtmf((key) => {
          const match = parent.keyPress(key, session.clock.now());
          if (match) report(match, session.callInfo.toJSON());
        })
      : undefined;
    const timers: TimerHandle[] = [];
    for (const { atMs, digits } of leg.behaviour.pressDigits ?? []) {
      [...digits].forEach((key, i) => {
        timers.push(session.clock.setTimer(() => {
          session.log({ kind: 'note', text: `${leg.label} presses ${key}` });
          const match = child?.keyPress(key, session.clock.now());
          if (match) report(match, leg.callInfo.toJSON());
        }, atMs + i * 250));
      });
    }
    return () => {
      stopParent?.();
      timers.forEach((t) => session.clock.clearTimer(t));
    };
  }

  private ringAndBridge(session: VerbSession, targets: Record<string, unknown>[]): Promise<void> {
    const timeoutMs = ((typeof this.data.timeout === 'number' && this.data.timeout) || 60) * 1000;
    const timeLimitMs = typeof this.data.timeLimit === 'number' ? this.data.timeLimit * 1000 : Number.POSITIVE_INFINITY;
    const callerId = typeof this.data.callerId === 'string' ? this.data.callerId : undefined;
    const confirmHook = this.hookOf('confirmHook');
    return new Promise<void>((resolve) => {
      const ringing = new Set<SimulatedOutdial>();
      let winner: SimulatedOutdial | undefined;
      let ended = false;
      let ringTimer: TimerHandle | undefined;
      let talkTimer: TimerHandle | undefined;
      let stopDtmf: (() => void) | undefined;
      const end = (): void => {
        if (ended) return;
        ended = true;
        stopDtmf?.();
        session.clock.clearTimer(ringTimer);
        session.clock.clearTimer(talkTimer);
        [...ringing].forEach((leg) => leg.cancel());
        if (winner) {
          winner.hangUp();
          session.log({ kind: 'unbridged', with: winner.label, via: 'dial' });
        }
        resolve();
      };
      const onStatus = (leg: SimulatedOutdial, status: OutdialStatus): void => {
        this.updateResults(leg, status);
        if (!['failed', 'busy', 'no-answer'].includes(status.callStatus)) return;
        ringing.delete(leg);
        if (ringing.size === 0 && !winner) end();
      };
      const bridge = (leg: SimulatedOutdial): void => {
        winner = leg;
        ringing.delete(leg);
        session.clock.clearTimer(ringTimer);
        [...ringing].forEach((other) => other.cancel());
        leg.connect();
        this.results = { dial_call_status: 'completed', dial_sip_status: 200, dial_call_sid: leg.callInfo.callSid };
        session.answer();
        session.log({ kind: 'bridged', with: leg.label, via: 'dial' });
        stopDtmf = this.captureDtmf(session, leg);
        talkTimer = session.clock.setTimer(end, Math.min(leg.behaviour.talkMs ?? 30000, timeLimitMs));
      };
      const onAnswer = async (leg: SimulatedOutdial): Promise<void> => {
        if (winner || ended) return leg.cancel();
        if (confirmHook && leg.behaviour) {
          const accepted = await screenOutdial(session, this, leg, confirmHook);
          if (winner || ended) return leg.cancel();
          if (!accepted) return leg.cancel();
        }
        bridge(leg);
      };
      this.signal.addEventListener('abort', end, { once: true });
      ringTimer = session.clock.setTimer(() => {
        [...ringing].forEach((leg) => leg.cancel());
        end();
      }, timeoutMs);
      const legs = targets.map((t) => new SimulatedOutdial(session, t, callerId, onStatus, (leg) => void onAnswer(leg)));
      legs.forEach((leg) => ringing.add(leg));
      if (legs.length === 0) return end();
      legs.forEach((leg) => leg.start());
    });
  }
}
