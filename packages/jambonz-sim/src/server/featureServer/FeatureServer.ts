import { randomUUID } from 'node:crypto';
import type { Clock } from '../../clock/Clock';
import { RealClock } from '../../clock/RealClock';
import { VirtualClock } from '../../clock/VirtualClock';
import type { WebSocketFactory } from '../../connection/WebSocketLike';
import { DEFAULT_DIAL_TARGET, describeDialTarget, pickBehaviour, type DialTargetBehaviour, type DialTargetScript } from '../../dial/DialTargetBehaviour';
import { DEFAULT_AUDIO_MS, SAY_MIN_MS, SAY_MS_PER_CHAR } from '../../JambonzSimulator';
import { SimulatedPbx } from '../../pbx/SimulatedPbx';
import type { SessionDefaults } from '../../protocol/buildSessionNewData';
import { CallInfo, type CallIdentity } from '../../protocol/CallInfo';
import { generateHex } from '../../protocol/generateIds';
import { applyCallUpdate } from '../../session/applyCallUpdate';
import { CallSession, type CallSessionOptions } from '../../session/CallSession';
import { SimulatedCall, type CallerScript } from '../../SimulatedCall';
import { specVerbValidator } from '../../validation/specVerbValidator';
import type { ApiAnswer } from '../api/apiErrors';
import { presentApplication } from '../api/handleApplications';
import type { CallControl } from '../api/handleCalls';
import type { JambonzStore } from '../store/JambonzStore';
import type { Row, Webhook } from '../store/tables';
import { postWebhook } from './postWebhook';
import { routeInboundCall } from './routeInboundCall';
import { validateCreateCallBody } from './validateCreateCallBody';

export type ClockMode = 'real' | 'virtual';

export interface InboundCallOptions {
  to: string;
  from?: string;
  /** The carrier the call arrives from (sid or name); default: the first active carrier. */
  carrier?: string;
  caller?: CallerScript[];
  /** How dial targets and REST-called agents behave while this call is up, by number / user / sip URI. */
  dialTargets?: DialTargetScript;
  sipHeaders?: Record<string, string>;
  /** 'virtual' (default) runs the call, and agent legs placed while it is up, on simulated time. */
  clock?: ClockMode;
}

export interface FeatureServerOptions {
  store: JambonzStore;
  createWebSocket: WebSocketFactory;
  /** Real ms of quiet the shared virtual clock waits for before moving on (default 30). */
  quietMs?: number;
  /** FS ack deadline, real ms (5000). */
  ackTimeoutMs?: number;
  resolveAudioDurationMs?: (url: string) => number;
  /** Behaviour of targets nobody scripted (default: answer after 3 s, talk 30 s). */
  defaultDialTarget?: DialTargetBehaviour;
}

interface CallEntry {
  session: CallSession;
  call: SimulatedCall;
  accountSid: string;
  virtual: boolean;
}

const FS_SIP_ADDRESS = '10.0.13.72:5070';
const SERVICE_URL = 'http://10.0.13.72:3000';
const COMPLETED_RECORD_MS = 60 * 60 * 1000;

function readDefaults(app: Row): SessionDefaults {
  return {
    synthesizer: { vendor: String(app.speech_synthesis_vendor), language: String(app.speech_synthesis_language), voice: String(app.speech_synthesis_voice) },
    recognizer: { vendor: String(app.speech_recognizer_vendor), language: String(app.speech_recognizer_language) },
  };
}

// What FS writes to Redis for a call (update-call-status.js: no objects, no nulls), read back as
// the API serves it: snake_case strings, with duration and sip_status as numbers (accounts.js coerceNumbers).
function convertToRecord(info: CallInfo): Row {
  const record: Row = {};
  for (const [key, value] of Object.entries(info.toJSON())) {
    if (value === null || value === undefined || typeof value === 'object') continue;
    record[key] = key === 'duration' || key === 'sip_status' ? Number(value) : String(value);
  }
  record.service_url = SERVICE_URL;
  return record;
}

/**
 * The simulated feature server (and the SBC in front of it): inbound calls routed by provisioned
 * number, outbound REST and ws-`dial` calls, live call control, and the account's queues and
 * conferences shared by every call it runs.
 */
export class FeatureServer implements CallControl {
  readonly realClock = new RealClock();
  readonly pbx: SimulatedPbx;
  private virtual: VirtualClock | undefined;
  private virtualCallsUp = 0;
  private readonly calls = new Map<string, CallEntry>();
  private readonly records = new Map<string, { accountSid: string; record: Row; endedAt?: number }>();
  /** Scripts in force, with how many calls (or callers of scriptTargets) hold each. */
  private readonly scripts = new Map<DialTargetScript, number>();
  /** The calls up whose script a target was found in (the newest one's transcript tells what happened to REST legs to it). */
  private readonly scriptOwners = new Map<DialTargetScript, SimulatedCall[]>();
  /** How many times each scripted target was rung (for scripts giving one behaviour per ring). */
  private readonly rung = new WeakMap<DialTargetScript, Map<string, number>>();
  private readonly registrations = new Map<string, Map<string, { contact: string; expiryTime: number; protocol: string; proxy: string }>>();

  constructor(private readonly options: FeatureServerOptions) {
    this.pbx = new SimulatedPbx(this.realClock);
  }

  /** The shared virtual clock (created on first use). */
  get virtualClock(): VirtualClock {
    this.virtual ??= new VirtualClock({ quietMs: this.options.quietMs ?? 30 });
    return this.virtual;
  }

  /** Something real happened (a REST request): a virtual clock waits its quiet period again. */
  touch(): void {
    this.virtual?.touch();
  }

  /** Every call this server has run (newest last). */
  get allCalls(): SimulatedCall[] {
    return [...this.calls.values()].map((e) => e.call);
  }

  /** Adds dial-target behaviours for as long as the returned function is not called. */
  scriptTargets(script: DialTargetScript): () => void {
    this.scripts.set(script, (this.scripts.get(script) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const holders = (this.scripts.get(script) ?? 1) - 1;
      if (holders > 0) this.scripts.set(script, holders);
      else this.scripts.delete(script);
    };
  }

  register(realm: string, user: string, contact = `sip:${user}@192.0.2.10:5060`): void {
    let users = this.registrations.get(realm);
    if (!users) this.registrations.set(realm, (users = new Map()));
    users.set(user, { contact, expiryTime: Date.now() + 3600_000, protocol: 'udp', proxy: 'sip:192.0.2.1:5060' });
  }

  unregister(realm: string, user: string): void {
    this.registrations.get(realm)?.delete(user);
  }

  listRegistrations(realm: string) {
    return this.registrations.get(realm) ?? new Map();
  }

  private resolveTarget(target: Record<string, unknown>): DialTargetBehaviour {
    return this.findTarget(target).behaviour;
  }

  private findTarget(target: Record<string, unknown>): { behaviour: DialTargetBehaviour; owner?: SimulatedCall } {
    const key = describeDialTarget(target);
    const user = key.split('@')[0] ?? key;
    const bare = key.startsWith('+') ? key.slice(1) : `+${key}`;
    for (const script of [...this.scripts.keys()].reverse()) {
      const name = [key, user, bare].find((k) => script[k] !== undefined);
      if (name === undefined) continue;
      let counts = this.rung.get(script);
      if (!counts) this.rung.set(script, (counts = new Map()));
      const index = counts.get(name) ?? 0;
      counts.set(name, index + 1);
      const owner = this.scriptOwners.get(script)?.at(-1);
      return { behaviour: pickBehaviour(script[name], index) ?? DEFAULT_DIAL_TARGET, ...(owner && { owner }) };
    }
    return { behaviour: this.options.defaultDialTarget ?? DEFAULT_DIAL_TARGET };
  }

  private sessionOptions(clock: Clock, callInfo: CallInfo, app: { url: string; auth?: { username: string; password: string } }, account: Row): Omit<CallSessionOptions, 'sessionExtras'> {
    const o = this.options;
    const queueHook = this.options.store.get('webhooks', account.queue_event_hook_sid as string) as unknown as Webhook | undefined;
    return {
      clock,
      pbx: this.pbx,
      validator: specVerbValidator,
      callInfo,
      timing: {
        sayMsPerChar: SAY_MS_PER_CHAR,
        sayMinMs: SAY_MIN_MS,
        resolveAudioDurationMs: o.resolveAudioDurationMs ?? (() => DEFAULT_AUDIO_MS),
        resolveDialTarget: (t) => this.resolveTarget(t),
        listenFrameMs: 100,
        createListenSocket: o.createWebSocket,
      },
      connection: { url: app.url, ...(app.auth && { auth: app.auth }), createWebSocket: o.createWebSocket, ackTimeoutMs: o.ackTimeoutMs ?? 5000, handshakeTimeoutMs: 1500, maxPayload: 24 * 1024 },
      maxCallDurationMs: undefined,
      webhookErrorSipStatus: 480,
      keep: 'everything',
      onCallStatus: (info) => this.recordStatus(String(account.account_sid), info),
      ...(queueHook && { onQueueEvent: (data) => this.postHeld(clock, queueHook, data, String(account.webhook_secret)) }),
      createCall: (body) => this.createCall(body),
    };
  }

  /**
   * An HTTP webhook (status, queue events). Simulated time waits for the app's answer, as it waits
   * for an ack on the socket: an app reacting to the webhook (placing the next agent's call) acts
   * before the call moves on. jambonz itself never waits for these answers.
   */
  private postHeld(clock: Clock, hook: Webhook, data: Record<string, unknown>, secret: string): void {
    const release = clock.hold('http webhook');
    void postWebhook(hook, data, secret).finally(release);
  }

  private recordStatus(accountSid: string, info: CallInfo): void {
    const ended = ['completed', 'failed', 'busy', 'no-answer'].includes(info.callStatus);
    this.records.set(info.callSid, { accountSid, record: convertToRecord(info), ...(ended && { endedAt: Date.now() }) });
  }

  private track(session: CallSession, clock: Clock, accountSid: string, scripts: CallerScript[], release?: () => void): SimulatedCall {
    const call = new SimulatedCall(session, clock);
    scripts.forEach((script) => script(call));
    const virtual = clock === this.virtual;
    this.calls.set(session.callInfo.callSid, { session, call, accountSid, virtual });
    call.start();
    void call.ended.then(() => {
      release?.();
      this.calls.delete(session.callInfo.callSid);
    });
    return call;
  }

  /** A call "from the carrier" to a number: routed as jambonz's SBC and feature server route it. */
  placeInbound(opts: InboundCallOptions): SimulatedCall {
    const { store } = this.options;
    const virtual = (opts.clock ?? 'virtual') === 'virtual';
    const clock: Clock = virtual ? this.virtualClock : this.realClock;
    const from = opts.from ?? '+15083084809';
    const route = routeInboundCall(store, opts.to, opts.carrier);
    const app = route.ok ? presentApplication(store, route.application) : undefined;
    const hook = app?.call_hook as Webhook | null | undefined;
    const accountSid = route.ok ? String(route.account.account_sid) : '';
    const callInfo = new CallInfo({
      call_sid: randomUUID(), direction: 'inbound', from, to: opts.to, call_id: randomUUID(), sbc_callid: `${generateHex(8)}@10.0.0.10`,
      caller_id: from, account_sid: accountSid, trace_id: generateHex(16), fs_sip_address: FS_SIP_ADDRESS,
      ...(route.ok && { application_sid: String(route.application.application_sid) }),
      originating_sip_ip: '54.172.60.3', originating_sip_trunk_name: route.ok ? String(route.carrier.name) : 'unknown',
    } satisfies CallIdentity);
    const isWs = hook && (hook.method === 'WS' || /^wss?:\/\//.test(hook.url));
    const refusal = !route.ok ? { sipStatus: route.sipStatus, reason: route.reason } : !isWs ? { sipStatus: 480, reason: 'http webhook applications are not simulated' } : undefined;
    const base = this.sessionOptions(clock, callInfo, { url: hook?.url ?? 'ws://127.0.0.1:1/', ...(hook?.username && hook.password && { auth: { username: hook.username, password: hook.password } }) }, route.ok ? route.account : {});
    const session = new CallSession({
      ...base,
      sessionExtras: {
        serviceProviderSid: route.ok ? String(route.account.service_provider_sid) : '',
        defaults: app ? readDefaults(app) : { synthesizer: { vendor: 'google', language: 'en-US' }, recognizer: { vendor: 'google', language: 'en-US' } },
        carrierIp: '54.172.60.3',
        ...(route.ok && { voipCarrierSid: String(route.carrier.voip_carrier_sid) }),
        ...(app?.env_vars ? { envVars: app.env_vars as Record<string, unknown> } : {}),
        ...(opts.sipHeaders && { sipHeaders: opts.sipHeaders }),
      },
      ...(refusal && { rejectBeforeApp: refusal }),
    });
    const script = opts.dialTargets;
    const unscript = script ? this.scriptTargets(script) : undefined;
    if (virtual) this.virtualCallsUp++;
    const call = this.track(session, clock, accountSid, opts.caller ?? [], () => {
      unscript?.();
      const owners = script && this.scriptOwners.get(script)?.filter((c) => c !== call);
      if (script && owners?.length) this.scriptOwners.set(script, owners);
      else if (script) this.scriptOwners.delete(script);
      if (virtual) this.virtualCallsUp--;
    });
    if (script && !call.isEnded) this.scriptOwners.set(script, [...(this.scriptOwners.get(script) ?? []), call]);
    return call;
  }

  /** FS POST /v1/createCall (lib/http-routes/api/create-call.js): 201 {sid, callId} once the INVITE is out. */
  async createCall(input: Row): Promise<ApiAnswer> {
    const body = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null));
    const refusal = validateCreateCallBody(body);
    if (refusal) return refusal;
    const { store } = this.options;
    const account = store.get('accounts', String(body.account_sid));
    if (!account) return { status: 500, body: { msg: "Cannot read properties of undefined (reading 'record_all_calls')" } };
    const to = body.to as Row;
    let calledTo = String(to.number ?? to.sipUri ?? to.name);
    if (to.type === 'user' && !calledTo.includes('@')) {
      if (!account.sip_realm) return { status: 400, body: { msg: 'no sip realm configured for account' } };
      calledTo = `${calledTo}@${String(account.sip_realm)}`;
    }
    const application = body.application_sid ? store.get('applications', String(body.application_sid)) : undefined;
    const app = { ...(application && presentApplication(store, application)), ...body };
    const hook = app.call_hook as Webhook;
    if (hook.method !== 'WS' && !/^wss?:/.test(hook.url)) return { status: 500, body: { msg: 'http webhook applications are not simulated' } };
    const statusHook = app.call_status_hook as Webhook | undefined;
    const httpStatusHook = statusHook?.url && statusHook.url !== hook.url ? statusHook : undefined;
    const clock: Clock = this.virtualCallsUp > 0 ? this.virtualClock : this.realClock;
    const callInfo = new CallInfo({
      call_sid: randomUUID(), direction: 'outbound', from: String(body.from), to: calledTo, call_id: randomUUID(), sbc_callid: `${generateHex(8)}@10.0.0.10`,
      account_sid: String(account.account_sid), trace_id: generateHex(16), fs_sip_address: FS_SIP_ADDRESS,
      ...(body.application_sid ? { application_sid: String(body.application_sid) } : {}),
    });
    if (body.tag) callInfo.customerData = body.tag as Record<string, unknown>;
    const base = this.sessionOptions(clock, callInfo, { url: hook.url, ...(hook.username && hook.password && { auth: { username: hook.username, password: hook.password } }) }, account);
    const target = this.findTarget({ ...to, ...(to.type === 'user' && { name: calledTo }) });
    const session = new CallSession({
      ...base,
      sessionExtras: { serviceProviderSid: String(account.service_provider_sid), defaults: readDefaults(app), carrierIp: '54.172.60.3' },
      outbound: {
        behaviour: { ...DEFAULT_DIAL_TARGET, ...target.behaviour },
        timeoutSecs: Number(body.timeout ?? 60) || 60,
        ...(body.timeLimit !== undefined && { timeLimitSecs: Number(body.timeLimit) }),
        defaults: readDefaults(app),
        ...(app.env_vars ? { envVars: app.env_vars as Record<string, unknown> } : {}),
      },
      ...(httpStatusHook && { notifier: (data: Record<string, unknown>) => this.postHeld(clock, httpStatusHook, data, String(account.webhook_secret)) }),
    });
    const owner = target.owner;
    if (owner) {
      const label = calledTo.split('@')[0] ?? calledTo;
      session.on('event', (e) => {
        if (e.kind === 'call-status' && e.callSid === callInfo.callSid) owner.logRelated({ kind: 'rest-leg', target: label, callSid: e.callSid, status: e.status, sipStatus: e.sipStatus });
      });
    }
    this.track(session, clock, String(account.account_sid), []);
    return { status: 201, body: { sid: callInfo.callSid, callId: callInfo.identity.call_id } };
  }

  /** FS POST /v1/updateCall/{callSid} (lib/http-routes/api/update-call.js). */
  async updateCall(callSid: string, body: Row): Promise<ApiAnswer> {
    this.touch();
    if (body.call_status_hook && !body.call_hook) {
      return { status: 400, body: { msg: `call_status_hook can be updated only when call_hook is also being updated for call_sid ${callSid}` } };
    }
    const entry = this.calls.get(callSid);
    const session = entry?.session;
    if (!session || session.callGone) return { status: 422, text: `call session is gone for call_sid ${callSid}` };
    const incompatible = { status: 422, text: `current call state is incompatible with requested action for call_sid ${callSid}` };
    if (body.call_status === 'completed' && !session.answered) return incompatible;
    if (body.call_status === 'no-answer') {
      const outbound = session.callInfo.identity.direction === 'outbound';
      if (outbound ? !session.ringing : session.answered) return incompatible;
    }
    if (body.sip_request) {
      if (!session.answered) return { status: 500, body: { msg: "Cannot read properties of undefined (reading 'status')" } };
      return { status: 200, body: { status: 200, reason: 'OK' } };
    }
    void applyCallUpdate(session, body, callSid);
    return { status: 202, text: 'Accepted' };
  }

  retrieveCall(accountSid: string, callSid: string): Row | undefined {
    const entry = this.records.get(callSid);
    if (!entry || entry.accountSid !== accountSid) return undefined;
    if (entry.endedAt !== undefined && Date.now() - entry.endedAt > COMPLETED_RECORD_MS) return undefined;
    return entry.record;
  }

  listCalls(accountSid: string): Row[] {
    return [...this.records.keys()].flatMap((sid): Row[] => { const r = this.retrieveCall(accountSid, sid); return r ? [r] : []; });
  }

  /** Only forgets the record (realtimedb-helpers delete-call.js): it does not hang up. */
  deleteCall(accountSid: string, callSid: string): boolean {
    if (!this.retrieveCall(accountSid, callSid)) return false;
    return this.records.delete(callSid);
  }

  /** Queues with callers waiting (a Redis sorted set exists only while it has members). */
  listQueues(accountSid: string, glob: string | null): Array<{ name: string; length: number }> {
    const pattern = glob ? new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`) : undefined;
    return this.pbx
      .listQueueNames()
      .filter((name) => (!pattern || pattern.test(name)) && this.pbx.listQueue(name).some((sid) => this.calls.get(sid)?.accountSid === accountSid))
      .map((name) => ({ name, length: this.pbx.listQueue(name).length }));
  }

  listConferences(accountSid: string): string[] {
    return this.pbx.listConferenceNames().filter((name) => this.pbx.conference(name).started && [...this.pbx.conference(name).members.keys()].some((sid) => this.calls.get(sid)?.accountSid === accountSid));
  }

  /** Hangs up every call still up (server shutdown). */
  hangUpAll(): void {
    for (const { session } of this.calls.values()) session.hangupByJambonz('server stopping');
  }
}
