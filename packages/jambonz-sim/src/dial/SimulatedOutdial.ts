import type { TimerHandle } from '../clock/Clock';
import { CallInfo, type CallStatus } from '../protocol/CallInfo';
import { generateUuid } from '../protocol/generateIds';
import type { VerbSession } from '../verbs/VerbSession';
import { DEFAULT_DIAL_TARGET, describeDialTarget, type DialTargetBehaviour } from './DialTargetBehaviour';

/** A status change of one outdial leg (FS SingleDialer 'callStatusChange'). */
export interface OutdialStatus {
  callStatus: CallStatus;
  sipStatus: number;
}

const RINGING_AFTER_MS = 100;

/** One child leg of a `dial` (FS place-outdial SingleDialer), driven by its scripted behaviour. */
export class SimulatedOutdial {
  readonly callInfo: CallInfo;
  readonly label: string;
  readonly behaviour: DialTargetBehaviour;
  private timers: TimerHandle[] = [];
  private connectedAt: number | undefined;
  private done = false;

  constructor(
    private readonly session: VerbSession,
    target: Record<string, unknown>,
    callerId: string | undefined,
    private readonly onStatus: (leg: SimulatedOutdial, status: OutdialStatus) => void,
    private readonly onAnswer: (leg: SimulatedOutdial) => void,
  ) {
    this.label = describeDialTarget(target);
    this.behaviour = { ...DEFAULT_DIAL_TARGET, ...session.timing.resolveDialTarget(target) };
    const parent = session.callInfo.identity;
    this.callInfo = new CallInfo({
      ...parent,
      call_sid: generateUuid(),
      direction: 'outbound',
      from: callerId ?? parent.from,
      to: this.label,
      call_id: generateUuid(),
      sbc_callid: generateUuid(),
      caller_id: callerId ?? parent.from,
      parent_call_sid: parent.call_sid,
    });
  }

  /** Sends the INVITE: trying now, ringing shortly after, then whatever the script says. */
  start(): void {
    this.setStatus('trying', 100, 'Trying');
    const b = this.behaviour;
    this.after(RINGING_AFTER_MS, () => this.setStatus('ringing', 180, 'Ringing'));
    const rejectAfter = b.rejectAfterMs ?? 1000;
    if (b.busy) this.after(rejectAfter, () => this.fail('busy', 486, 'Busy Here'));
    else if (b.declines) this.after(rejectAfter, () => this.fail('failed', 603, 'Decline'));
    else if (b.failWithSipStatus) this.after(rejectAfter, () => this.fail('failed', b.failWithSipStatus as number, 'Failed'));
    else if (!b.noAnswer) this.after(b.answerAfterMs ?? 3000, () => this.onAnswer(this));
  }

  /** The far end picked up and was chosen: 200 OK. */
  connect(): void {
    this.clearTimers();
    this.connectedAt = this.session.clock.now();
    this.setStatus('in-progress', 200, 'OK');
  }

  /** CANCEL before answer (ring timeout or another target won): 487. */
  cancel(): void {
    if (this.done || this.connectedAt !== undefined) return;
    this.fail('no-answer', 487, 'Request Terminated');
  }

  /** BYE on a connected leg (either side). */
  hangUp(): void {
    if (this.done || this.connectedAt === undefined) return;
    this.done = true;
    this.callInfo.duration = Math.floor((this.session.clock.now() - this.connectedAt) / 1000);
    this.setStatus('completed', 200, 'OK');
  }

  get finished(): boolean {
    return this.done;
  }

  private fail(status: CallStatus, sipStatus: number, reason: string): void {
    if (this.done) return;
    this.done = true;
    this.clearTimers();
    this.setStatus(status, sipStatus, reason);
  }

  private setStatus(status: CallStatus, sipStatus: number, reason: string): void {
    this.callInfo.updateStatus(status, sipStatus, reason);
    this.session.log({ kind: 'dial-target', target: this.label, status, sipStatus });
    // Child-leg status goes out on the parent's socket (FS: app.notifier = requestor).
    this.session.log({ kind: 'call-status', callSid: this.callInfo.callSid, status, sipStatus });
    void this.session.request('call:status', undefined, this.callInfo.toJSON());
    this.onStatus(this, { callStatus: status, sipStatus });
  }

  private after(ms: number, fn: () => void): void {
    this.timers.push(this.session.clock.setTimer(fn, ms));
  }

  private clearTimers(): void {
    this.timers.forEach((t) => this.session.clock.clearTimer(t));
    this.timers = [];
  }
}
