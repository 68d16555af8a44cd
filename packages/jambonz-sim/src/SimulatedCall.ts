import type { Clock } from './clock/Clock';
import { Emitter } from './events/Emitter';
import type { JambonzEnvelope } from './protocol/messages';
import type { CallSession } from './session/CallSession';
import type { ReceivedVerb } from './session/recordReceivedVerbs';
import { formatTranscript } from './transcript/formatTranscript';
import type { CallEndResult, TranscriptEvent, TranscriptEventInput } from './transcript/TranscriptEvent';

/** Something that drives the caller's side: presses keys, hangs up. Attached when the call starts. */
export type CallerScript = (call: SimulatedCall) => void;

export interface SimulatedCallEvents {
  [event: string]: unknown;
  event: TranscriptEvent;
  ended: CallEndResult;
}

/** Handle on one simulated inbound call: the caller's controls plus everything that happened. */
export class SimulatedCall extends Emitter<SimulatedCallEvents> {
  /** Resolves when the call is over (answered and hung up, rejected or abandoned). */
  readonly ended: Promise<CallEndResult>;
  private result: CallEndResult | undefined;
  private resolveEnded: (result: CallEndResult) => void = () => undefined;
  private started = false;

  constructor(
    private readonly session: CallSession,
    readonly clock: Clock,
  ) {
    super();
    session.on('event', (event) => this.emit('event', event));
    this.ended = new Promise((resolve) => {
      this.resolveEnded = resolve;
    });
  }

  /** Starts the call (the simulator does this after attaching the caller scripts). */
  start(): this {
    if (this.started) return this;
    this.started = true;
    void this.session.run().then((result) => {
      this.result = result;
      this.emit('ended', result);
      this.resolveEnded(result);
    });
    return this;
  }

  get callSid(): string {
    return this.session.callInfo.callSid;
  }

  /** The session:new call info (snake_case), as the app saw it. */
  get callInfo(): Record<string, unknown> {
    return this.session.callInfo.toJSON();
  }

  get transcript(): readonly TranscriptEvent[] {
    return this.session.transcript;
  }

  /** Every verb received from the app, with its spec-validation verdict. */
  get receivedVerbs(): readonly ReceivedVerb[] {
    return this.session.receivedVerbs;
  }

  /** Every message jambonz sent to the app, in order. */
  get sentMessages(): JambonzEnvelope[] {
    return this.session.transcript.flatMap((e) =>
      e.kind === 'sent' ? [{ type: e.type, msgid: e.msgid, call_sid: this.callSid, data: e.data, ...(e.hook !== undefined && { hook: e.hook }) }] : [],
    );
  }

  get isEnded(): boolean {
    return this.result !== undefined;
  }

  get endResult(): CallEndResult | undefined {
    return this.result;
  }

  /** The caller presses keys now (several keys are `gapMs` apart, default 0 = all at once). */
  press(digits: string, gapMs = 0): void {
    [...digits].forEach((digit, i) => {
      if (gapMs === 0 || i === 0) this.session.pressDigit(digit);
      else this.clock.setTimer(() => this.session.pressDigit(digit), i * gapMs);
    });
  }

  /** The caller says something now (heard by a gather listening for speech). */
  say(text: string): void {
    this.session.speak(text);
  }

  /** Presses keys at fixed offsets (ms from now). */
  scheduleDigits(schedule: ReadonlyArray<{ atMs: number; digits: string; gapMs?: number }>): void {
    for (const { atMs, digits, gapMs } of schedule) this.clock.setTimer(() => this.press(digits, gapMs ?? 0), atMs);
  }

  /** Adds an event about another call to this call's transcript (a REST leg to a target this call scripted). */
  logRelated(event: TranscriptEventInput): void {
    if (!this.isEnded) this.session.log(event);
  }

  /** The caller hangs up now (BYE, or CANCEL if not answered yet). */
  hangUp(): void {
    this.session.hangupByCaller();
  }

  /** Simulates network loss between jambonz and the app: the socket drops, jambonz reconnects. */
  dropConnection(): void {
    this.session.conn.forceDrop();
  }

  /** Sends future reconnects to another URL (e.g. a second runtime instance). */
  reconnectTo(url: string): void {
    this.session.conn.retarget(url);
  }

  /** Readable transcript for a CLI or the browser panel. */
  formatTranscript(): string {
    return formatTranscript(this.session.transcript);
  }
}
