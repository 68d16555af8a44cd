import { sleepOn, type Clock, type TimerHandle } from '../clock/Clock';
import { AppConnection, type AppConnectionOptions } from '../connection/AppConnection';
import { Emitter } from '../events/Emitter';
import { buildSessionNewData, type SessionDefaults, type SessionNewExtras } from '../protocol/buildSessionNewData';
import type { DialTargetBehaviour } from '../dial/DialTargetBehaviour';
import type { CallInfo } from '../protocol/CallInfo';
import type { JambonzMessageType } from '../protocol/messages';
import type { SimulatedPbx } from '../pbx/SimulatedPbx';
import type { CallEndResult, TranscriptEvent, TranscriptEventInput } from '../transcript/TranscriptEvent';
import { convertVerbs } from '../validation/convertVerbs';
import type { NormalizedVerb, VerbValidator } from '../validation/VerbValidator';
import { createVerbTask } from '../verbs/verbRegistry';
import type { StopSignal } from '../events/StopSignal';
import type { VerbSession, VerbTiming } from '../verbs/VerbSession';
import type { VerbTask } from '../verbs/VerbTask';
import { recordReceivedVerbs, type ReceivedVerb } from './recordReceivedVerbs';
import { watchConnection } from './watchConnection';
import { OutboundRinging } from './OutboundRinging';

export interface CallSessionOptions {
  clock: Clock;
  pbx: SimulatedPbx;
  validator: VerbValidator;
  timing: VerbTiming;
  callInfo: CallInfo;
  connection: Omit<AppConnectionOptions, 'clock' | 'callSid'>;
  sessionExtras: SessionNewExtras;
  /**
   * FS JAMBONES_FREESWITCH_MAX_CALL_DURATION_MINS as ms, or undefined for none. Off by default in
   * the simulator: with an auto-advancing virtual clock it would end every idle call at once.
   */
  maxCallDurationMs: number | undefined;
  /** JAMBONES_WEBHOOK_ERROR_RETURN (480). */
  webhookErrorSipStatus: number;
  /** What the call keeps for later reading (see JambonzSimulatorOptions.keep). */
  keep: 'everything' | 'problems';
  /** An outbound call placed through the REST API or the ws `dial` command (FS rest-call-session.js). */
  outbound?: OutboundLegOptions;
  /** Refused before any app is asked (by the SBC or FS middleware: number not provisioned...). */
  rejectBeforeApp?: { sipStatus: number; reason: string };
  /** Told every status change of this leg, as FS writes each one to Redis (updateCallStatus). */
  onCallStatus?: (callInfo: CallInfo) => void;
  /** Where call:status goes when it is not the app's socket (an http call_status_hook). */
  notifier?: (data: Record<string, unknown>) => void;
  /** The account's queue_event_hook (FS performQueueWebhook), if it has one. */
  onQueueEvent?: (data: Record<string, unknown>) => void;
  /** The feature server's own POST /v1/createCall, for the ws `dial` command (absent: not simulated). */
  createCall?: (body: Record<string, unknown>) => Promise<{ status: number; body?: unknown }>;
}

/** How the far end of an outbound leg behaves, and the REST createCall options that matter. */
export interface OutboundLegOptions {
  behaviour: DialTargetBehaviour;
  /** createCall `timeout`: seconds to ring before CANCEL (FS rest_dial.js, default 60). */
  timeoutSecs: number;
  /** createCall `timeLimit` (seconds), if any. */
  timeLimitSecs?: number;
  defaults: SessionDefaults;
  envVars?: Record<string, unknown>;
}

export interface CallSessionEvents {
  [event: string]: unknown;
  event: TranscriptEvent;
}

/** One inbound call as FS's CallSession runs it: session:new, the verb stack, commands, hang-up. */
export class CallSession extends Emitter<CallSessionEvents> implements VerbSession {
  readonly clock: Clock;
  readonly callInfo: CallInfo;
  readonly pbx: SimulatedPbx;
  readonly timing: VerbTiming;
  readonly conn: AppConnection;
  readonly transcript: TranscriptEvent[] = [];
  readonly receivedVerbs: ReceivedVerb[] = [];
  tasks: VerbTask[] = [];
  currentTask: VerbTask | undefined;
  private wakeup: (() => void) | undefined;
  private gone = false;
  private answeredAt: number | undefined;
  private readonly startedAt: number;
  private result: CallEndResult | undefined;
  private readonly dtmfListeners = new Set<(digit: string) => void>();
  private readonly speechListeners = new Set<(text: string) => void>();
  notifyEvents = false;
  private maxDurationTimer: TimerHandle | undefined;
  private sessionStarted = false;

  constructor(private readonly options: CallSessionOptions) {
    super();
    this.clock = options.clock;
    this.callInfo = options.callInfo;
    this.pbx = options.pbx;
    this.timing = options.timing;
    this.startedAt = options.clock.now();
    this.conn = new AppConnection({ ...options.connection, clock: options.clock, callSid: options.callInfo.callSid });
    watchConnection(this);
  }

  get appUrl(): string {
    return this.conn.currentUrl;
  }
  get appAuth(): { username: string; password: string } | undefined {
    return this.options.connection.auth;
  }
  get callGone(): boolean {
    return this.gone;
  }
  get answered(): boolean {
    return this.answeredAt !== undefined;
  }
  get answeredSecs(): number {
    return this.answeredAt === undefined ? 0 : Math.floor((this.clock.now() - this.answeredAt) / 1000);
  }
  get endResult(): CallEndResult | undefined {
    return this.result;
  }

  log(event: TranscriptEventInput): TranscriptEvent {
    // Every caller passes a fresh object literal: stamp it in place rather than copy it.
    const stamped = event as TranscriptEvent;
    stamped.atMs = this.clock.now() - this.startedAt;
    if (this.options.keep === 'everything') this.transcript.push(stamped);
    this.emit('event', stamped);
    return stamped;
  }

  /** Whether verbs that passed validation are kept in `receivedVerbs` (invalid ones always are). */
  get keepsValidVerbs(): boolean {
    return this.options.keep === 'everything';
  }

  /** Runs the whole call; resolves when it has ended. */
  async run(): Promise<CallEndResult> {
    const { identity } = this.callInfo;
    this.log({ kind: 'call-started', from: identity.from, to: identity.to, callSid: identity.call_sid });
    const refused = this.options.rejectBeforeApp;
    if (refused) {
      this.rejectCall(refused.sipStatus, refused.reason);
      return this.finish();
    }
    if (this.options.outbound) return this.runOutbound(this.options.outbound);
    const verbs = await this.startSession();
    if (verbs) {
      this.sessionStarted = true;
      this.sendCallStatus();
      const maxMs = this.options.maxCallDurationMs;
      if (maxMs !== undefined) this.maxDurationTimer = this.clock.setTimer(() => this.hangupByJambonz('max call duration'), maxMs);
      this.tasks = verbs.map((verb) => this.createTask(verb));
      await this.execLoop();
    }
    return this.finish();
  }

  // connect + session:new + validation; any failure rejects the call like FS middleware (480).
  private async startSession(): Promise<NormalizedVerb[] | undefined> {
    const reject = (reason: string): undefined => {
      this.rejectCall(this.options.webhookErrorSipStatus, reason);
      this.conn.close(1001);
      return undefined;
    };
    try {
      await this.conn.connect();
    } catch (error) {
      return reject(error instanceof Error ? error.message : String(error));
    }
    this.log({ kind: 'connection', event: 'connected', detail: this.conn.currentUrl });
    try {
      const json = await this.conn.request('session:new', undefined, buildSessionNewData(this.callInfo, this.options.sessionExtras));
      if (this.gone) return undefined;
      const verbs = this.convertVerbs(json, 'session:new');
      if (verbs.length === 0) return reject('no application provided');
      return verbs;
    } catch (error) {
      return this.gone ? undefined : reject(error instanceof Error ? error.message : String(error));
    }
  }

  // FS rest-call-session.js + rest_dial.js: call:status trying as soon as the INVITE is out (the socket
  // opens for it), ringing, then answer -> in-progress + session:new, or busy / no-answer / failed.
  private async runOutbound(leg: OutboundLegOptions): Promise<CallEndResult> {
    try {
      await this.conn.connect();
      this.log({ kind: 'connection', event: 'connected', detail: this.conn.currentUrl });
    } catch (error) {
      this.log({ kind: 'note', text: `call:status not delivered: ${error instanceof Error ? error.message : String(error)}` });
    }
    this.sendCallStatus();
    const outcome = await new OutboundRinging(this, leg).run();
    if (outcome !== 'answered') {
      if (!this.gone) {
        this.callInfo.updateStatus(outcome.callStatus, outcome.sipStatus, outcome.sipReason);
        this.sendCallStatus();
        this.release({ reason: 'rejected', sipStatus: outcome.sipStatus, details: outcome.sipReason, durationSecs: 0, answered: false });
      }
      // FS kills the rest:dial task 5 s after a failed INVITE; the socket closes with the session.
      await this.sleep(5000);
      return this.finish();
    }
    this.answeredAt = this.clock.now();
    this.sessionStarted = true;
    this.callInfo.updateStatus('in-progress', 200, 'OK');
    this.sendCallStatus();
    const talkMs = leg.behaviour.talkMs ?? 30000;
    const hangupTimer = this.clock.setTimer(() => this.hangupByCaller(), talkMs);
    const limitTimer = leg.timeLimitSecs ? this.clock.setTimer(() => this.hangupByJambonz('time limit'), leg.timeLimitSecs * 1000) : undefined;
    try {
      const data = { ...this.callInfo.toJSON(), ...(leg.envVars && { env_vars: leg.envVars }), defaults: leg.defaults };
      const json = await this.conn.request('session:new', undefined, data);
      if (!this.gone && Array.isArray(json)) {
        this.tasks = this.convertVerbs(json, 'session:new').map((verb) => this.createTask(verb));
        await this.execLoop();
      }
    } catch (error) {
      // FS rest_dial.js _onConnect: no application -> the task ends and jambonz hangs up.
      this.log({ kind: 'note', text: `session:new failed: ${error instanceof Error ? error.message : String(error)}` });
    }
    this.clock.clearTimer(hangupTimer);
    this.clock.clearTimer(limitTimer);
    return this.finish();
  }

  /** update `call_status: no-answer` on a ringing outbound leg: CANCEL (FS _lccCallStatus). */
  cancelRinging(): void {
    this.ringing?.cancel();
  }

  ringing: OutboundRinging | undefined;

  private async execLoop(): Promise<void> {
    while (this.tasks.length > 0 && !this.gone) {
      const task = this.tasks.shift() as VerbTask;
      this.currentTask = task;
      this.notifyTaskStatus(task, 'starting');
      this.log({ kind: 'verb-start', name: task.name, ...(task.id && { id: task.id }) });
      try {
        if (this.checkPrecondition(task)) await task.exec(this);
      } catch (error) {
        this.log({ kind: 'note', text: `${task.name} failed: ${error instanceof Error ? error.message : String(error)}` });
      }
      if (this.currentTask === task) this.currentTask = undefined;
      this.log({ kind: 'verb-end', name: task.name, ...(task.id && { id: task.id }) });
      this.notifyTaskStatus(task, 'finished');
      if (this.tasks.length === 0 && !this.conn.closedGracefully && !this.gone) await this.awaitCommands();
    }
  }

  private checkPrecondition(task: VerbTask): boolean {
    const precondition = task.precondition;
    if (precondition === 'endpoint') this.answer();
    if (precondition === 'stable-call' && !this.answered) {
      this.log({ kind: 'note', text: `${task.name} skipped: call not answered` });
      return false;
    }
    if (precondition === 'unanswered-call' && this.answered) {
      this.log({ kind: 'note', text: `${task.name} skipped: call already answered` });
      return false;
    }
    return true;
  }

  // ws apps are never hung up on an empty stack: jambonz waits for a command (FS _awaitCommandsOrHangup).
  private awaitCommands(): Promise<void> {
    this.log({ kind: 'note', text: 'verb stack empty: waiting for commands' });
    return new Promise((resolve) => {
      this.wakeup = resolve;
    });
  }

  private wake(): void {
    const wakeup = this.wakeup;
    this.wakeup = undefined;
    wakeup?.();
  }

  private finish(): CallEndResult {
    if (!this.gone) {
      if (this.answered) this.hangupByJambonz();
      else this.rejectCall(603, 'tasks completed without answering call');
    }
    this.clock.clearTimer(this.maxDurationTimer);
    this.conn.close(1000);
    const result = this.result as CallEndResult;
    this.log({ kind: 'call-ended', result });
    return result;
  }

  /** FS replaceApplication: new stack, kill the running verb (or wake the idle loop). */
  replaceApplication(verbs: NormalizedVerb[]): void {
    if (this.gone) return;
    this.tasks = verbs.map((verb) => this.createTask(verb));
    if (this.currentTask) {
      this.currentTask.kill('replaced');
      this.currentTask = undefined;
    } else this.wake();
  }

  /** Appends verbs (command redirect with queueCommand) and wakes an idle loop. */
  appendVerbs(verbs: NormalizedVerb[]): void {
    if (this.gone) return;
    this.tasks.push(...verbs.map((verb) => this.createTask(verb)));
    this.wake();
  }

  createTask(verb: NormalizedVerb): VerbTask {
    return createVerbTask(verb);
  }

  convertVerbs(json: unknown, source: string): NormalizedVerb[] {
    // When any item failed, convert the whole list again to throw the error FS would (its first).
    return recordReceivedVerbs(this, this.options.validator, json, source) ?? convertVerbs(this.options.validator, json);
  }

  request(type: JambonzMessageType, hook: string | undefined, data: Record<string, unknown>): Promise<unknown> {
    return this.conn.request(type, hook, data);
  }

  async performAction(task: VerbTask, hook: string | undefined, results: Record<string, unknown>, expectResponse = true): Promise<boolean> {
    if (!hook) return false;
    const type = task.name === 'redirect' ? 'session:redirect' : 'verb:hook';
    const params: Record<string, unknown> = { ...this.callInfo.toJSON(), ...results };
    if (task.id) params.verb_id = task.id;
    const json = await this.request(type, hook, params);
    if (!expectResponse || !Array.isArray(json)) return false;
    const verbs = this.convertVerbs(json, `${type} ${hook}`);
    if (verbs.length === 0) return false;
    this.replaceApplication(verbs);
    return true;
  }

  async runSubsession(tasks: VerbTask[], signal: StopSignal): Promise<void> {
    for (const task of tasks) {
      if (signal.aborted || this.gone) return;
      const onAbort = (): void => task.kill('killed');
      signal.addEventListener('abort', onAbort, { once: true });
      this.log({ kind: 'verb-start', name: task.name, ...(task.id && { id: task.id }) });
      try {
        await task.exec(this);
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
    }
  }

  answer(): void {
    if (this.answered || this.gone) return;
    this.answeredAt = this.clock.now();
    this.callInfo.updateStatus('in-progress', 200, 'OK');
    this.sendCallStatus();
  }

  hangupByJambonz(reason?: string): void {
    if (this.gone) return;
    if (!this.answered) return this.rejectCall(480, reason ?? 'hangup before answer');
    this.endAnswered('jambonz', reason);
  }

  /** The caller hangs up (BYE), or abandons before answer (CANCEL -> no-answer 487). */
  hangupByCaller(): void {
    if (this.gone) return;
    if (this.answered) return this.endAnswered('caller');
    this.callInfo.callTerminationBy = 'caller';
    this.callInfo.updateStatus('no-answer', 487, 'Request Terminated');
    if (this.sessionStarted) this.sendCallStatus();
    this.release({ reason: 'abandoned', sipStatus: 487, durationSecs: 0, answered: false });
  }

  rejectCall(sipStatus: number, reason: string): void {
    if (this.gone || this.answered) return;
    this.release({ reason: 'rejected', sipStatus, details: reason, durationSecs: 0, answered: false });
  }

  private endAnswered(by: 'caller' | 'jambonz', details?: string): void {
    const durationSecs = this.answeredSecs;
    this.callInfo.callTerminationBy = by;
    this.callInfo.duration = durationSecs;
    this.callInfo.updateStatus('completed');
    this.sendCallStatus();
    this.release({ reason: by === 'caller' ? 'caller-hangup' : 'jambonz-hangup', sipStatus: 200, durationSecs, answered: true, ...(details && { details }) });
  }

  // FS _callReleased: the call is gone; stop the running verb and the idle wait.
  private release(result: CallEndResult): void {
    this.gone = true;
    this.result = result;
    this.currentTask?.kill('hangup');
    this.wake();
  }

  sendCallStatus(callInfo: CallInfo = this.callInfo): void {
    this.log({ kind: 'call-status', callSid: callInfo.callSid, status: callInfo.callStatus, sipStatus: callInfo.sipStatus });
    if (callInfo === this.callInfo) this.options.onCallStatus?.(callInfo);
    const notifier = this.options.notifier;
    if (notifier && callInfo === this.callInfo) notifier(callInfo.toJSON());
    else void this.request('call:status', undefined, callInfo.toJSON());
  }

  /**
   * The ws `dial` command (FS CallSession._lccCallDial): the createCall body with the account added,
   * string hooks made objects and relative hook URLs resolved against the socket's origin, POSTed to
   * this feature server. The app is never told the new call's sid; a failure comes back as jambonz:error.
   */
  async placeDialCommand(data: unknown): Promise<void> {
    const createCall = this.options.createCall;
    if (!createCall) return void this.log({ kind: 'note', text: 'dial command: no feature server to place the call (not simulated here)' });
    const opts: Record<string, unknown> = { ...(data as Record<string, unknown>), account_sid: this.callInfo.identity.account_sid };
    const origin = new URL(this.appUrl).origin.replace(/^http/, 'ws');
    for (const prop of ['call_hook', 'call_status_hook']) {
      if (typeof opts[prop] === 'string') opts[prop] = { url: opts[prop], method: 'POST' };
      const hook = opts[prop] as { url?: unknown } | undefined;
      if (hook && typeof hook.url === 'string' && hook.url.startsWith('/')) opts[prop] = { ...hook, url: `${origin}${hook.url}` };
    }
    const answer = await createCall(opts);
    if (answer.status === 201) this.log({ kind: 'note', text: `dial command placed call ${JSON.stringify(answer.body)}` });
    else void this.request('jambonz:error', undefined, (answer.body ?? {}) as Record<string, unknown>);
  }

  /** The account's queue_event_hook, if it has one (FS CallSession.performQueueWebhook). */
  performQueueWebhook(obj: Record<string, unknown>): void {
    this.options.onQueueEvent?.({ ...obj, ...this.callInfo.toJSON() });
  }

  notifyError(task: VerbTask, obj: Record<string, unknown>): void {
    void this.request('jambonz:error', undefined, { ...obj, verb: task.name, id: task.id });
  }

  notifyStatus(task: VerbTask, obj: Record<string, unknown>): void {
    if (this.notifyEvents) void this.request('verb:status', undefined, { ...obj, verb: task.name, id: task.id });
  }

  private notifyTaskStatus(task: VerbTask, event: 'starting' | 'finished'): void {
    if (this.notifyEvents) void this.request('verb:status', undefined, { event, id: task.id, name: task.name });
  }

  onSpeech(listener: (text: string) => void): () => void {
    this.speechListeners.add(listener);
    return () => this.speechListeners.delete(listener);
  }

  /** The caller says something now. */
  speak(text: string): void {
    if (this.gone) return;
    this.log({ kind: 'speech', text });
    for (const listener of [...this.speechListeners]) listener(text);
  }

  onDtmf(listener: (digit: string) => void): () => void {
    this.dtmfListeners.add(listener);
    return () => this.dtmfListeners.delete(listener);
  }

  /** The caller presses one key now. */
  pressDigit(digit: string): void {
    if (this.gone) return;
    this.log({ kind: 'dtmf', digit });
    for (const listener of [...this.dtmfListeners]) listener(digit);
  }

  setCustomerData(data: Record<string, unknown>): void {
    this.callInfo.customerData = data;
  }

  setNotifyEvents(on: boolean): void {
    this.notifyEvents = on;
  }

  /** Sleeps on the session clock (used by scripted behaviour). */
  sleep(ms: number, signal?: StopSignal): Promise<boolean> {
    return sleepOn(this.clock, ms, signal);
  }
}
