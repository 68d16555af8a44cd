import type { TimerHandle } from '../clock/Clock';
import type { CallStatus } from '../protocol/CallInfo';
import type { CallSession, OutboundLegOptions } from './CallSession';

/** How an unanswered outbound INVITE ended (FS create-call.js catch: 486/603 busy, 487 no-answer, else failed). */
export interface OutboundFailure {
  callStatus: CallStatus;
  sipStatus: number;
  sipReason: string;
}

const RINGING_AFTER_MS = 100;

/**
 * The INVITE of an outbound REST leg while it rings: 180 shortly after it is sent, then whatever
 * the far end is scripted to do, a CANCEL when the createCall `timeout` passes (FS rest_dial.js
 * _onCallTimeout, 487), or a CANCEL asked for by `call_status: no-answer`.
 */
export class OutboundRinging {
  private timers: TimerHandle[] = [];
  private settle: ((outcome: 'answered' | OutboundFailure) => void) | undefined;

  constructor(
    private readonly session: CallSession,
    private readonly leg: OutboundLegOptions,
  ) {}

  run(): Promise<'answered' | OutboundFailure> {
    const { session, leg } = this;
    const b = leg.behaviour;
    session.ringing = this;
    return new Promise((resolve) => {
      this.settle = (outcome) => {
        this.settle = undefined;
        session.ringing = undefined;
        this.timers.forEach((t) => session.clock.clearTimer(t));
        resolve(outcome);
      };
      const after = (ms: number, fn: () => void): void => {
        this.timers.push(session.clock.setTimer(fn, ms));
      };
      after(RINGING_AFTER_MS, () => {
        session.callInfo.updateStatus('ringing', 180, 'Ringing');
        session.sendCallStatus();
      });
      const rejectAfter = b.rejectAfterMs ?? 1000;
      if (b.busy) after(rejectAfter, () => this.finish({ callStatus: 'busy', sipStatus: 486, sipReason: 'Busy Here' }));
      else if (b.declines) after(rejectAfter, () => this.finish({ callStatus: 'busy', sipStatus: 603, sipReason: 'Decline' }));
      else if (b.failWithSipStatus) after(rejectAfter, () => this.finish({ callStatus: 'failed', sipStatus: b.failWithSipStatus as number, sipReason: 'Failed' }));
      else if (!b.noAnswer) after(b.answerAfterMs ?? 3000, () => this.finish('answered'));
      after(leg.timeoutSecs * 1000, () => this.cancel());
    });
  }

  /** CANCEL: the far end answers 487 Request Terminated. */
  cancel(): void {
    this.finish({ callStatus: 'no-answer', sipStatus: 487, sipReason: 'Request Terminated' });
  }

  private finish(outcome: 'answered' | OutboundFailure): void {
    this.settle?.(outcome);
  }
}
