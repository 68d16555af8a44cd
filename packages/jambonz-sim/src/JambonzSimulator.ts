import type { Clock } from './clock/Clock';
import { VirtualClock } from './clock/VirtualClock';
import type { AckObserver } from './connection/AppConnection';
import { createWebSocketFactory, type WebSocketConstructor, type WebSocketFactory } from './connection/WebSocketLike';
import { DEFAULT_DIAL_TARGET, resolveDialTargetBehaviour, type DialTargetBehaviour, type DialTargetScript } from './dial/DialTargetBehaviour';
import { SimulatedPbx } from './pbx/SimulatedPbx';
import { DEFAULT_SESSION_DEFAULTS, type SessionDefaults } from './protocol/buildSessionNewData';
import { CallInfo } from './protocol/CallInfo';
import { generateHex, generateUuid } from './protocol/generateIds';
import { CallSession } from './session/CallSession';
import type { ReceivedVerb } from './session/recordReceivedVerbs';
import { SimulatedCall, type CallerScript } from './SimulatedCall';
import { specVerbValidator } from './validation/specVerbValidator';
import type { VerbValidator } from './validation/VerbValidator';

/** ~65 ms per character of synthesized speech (about 150 words a minute). */
export const SAY_MS_PER_CHAR = 65;
export const SAY_MIN_MS = 500;
/** Length assumed for a `play` url when no resolver is given. */
export const DEFAULT_AUDIO_MS = 3000;

export interface JambonzSimulatorOptions {
  /** The app's ws URL (call_hook.url), optionally with jambonz's `#rc=..&rp=..` retry fragment. */
  url: string;
  /** call_hook username/password, sent as HTTP Basic auth on the upgrade. */
  auth?: { username: string; password: string };
  /** Browser-standard WebSocket constructor (credentials go in the URL userinfo). */
  webSocket?: WebSocketConstructor;
  /** Full control over socket creation (the Node entry passes one that sends real headers). */
  createWebSocket?: WebSocketFactory;
  /** Default: a VirtualClock that advances by itself. */
  clock?: Clock;
  /** Default: the real @jambonz/verb-specifications. */
  validator?: VerbValidator;
  accountSid?: string;
  applicationSid?: string;
  serviceProviderSid?: string;
  defaults?: SessionDefaults;
  envVars?: Record<string, unknown>;
  sayMsPerChar?: number;
  sayMinMs?: number;
  resolveAudioDurationMs?: (url: string) => number;
  /** Behaviour of dial targets not named in a call's `dialTargets`. */
  defaultDialTarget?: DialTargetBehaviour;
  /** Send listen audio (metadata + PCM silence frames) over real sockets (default false: logged only). */
  listenAudio?: boolean;
  listenFrameMs?: number;
  /** FS ack deadline in real milliseconds, whatever the clock (5000). */
  ackTimeoutMs?: number;
  /** Hang up calls after this long (FS default is 180 min; off unless set, see CallSession). */
  maxCallDurationMs?: number;
  /** Shared queues/conferences; pass one to let several simulators share a PBX. */
  pbx?: SimulatedPbx;
  /** Told each acked message's round trip in real ms (jambonz's `ws_response_time`). */
  onAck?: AckObserver;
  /**
   * What each call keeps for reading afterwards: 'everything' (default) keeps the transcript and
   * every verb received; 'problems' keeps only verbs that failed validation, for load tests that
   * place thousands of calls (events are still emitted, so caller scripts work the same).
   */
  keep?: 'everything' | 'problems';
}

export interface PlaceCallOptions {
  from?: string;
  to?: string;
  /** Caller behaviour: pressKeysOnGather([...]), hangUpAfter(ms)... Default: silence. */
  caller?: CallerScript | CallerScript[];
  /** How the dial targets of this call behave, keyed by number / user name / sip URI. */
  dialTargets?: DialTargetScript;
  /** Extra INVITE headers. */
  sipHeaders?: Record<string, string>;
  /** Dial a different app URL for this call. */
  url?: string;
}

/** The jambonz side of the ws protocol: places simulated inbound calls against an app. */
export class JambonzSimulator {
  readonly clock: Clock;
  readonly pbx: SimulatedPbx;
  readonly calls: SimulatedCall[] = [];
  private readonly createWebSocket: WebSocketFactory;
  private readonly accountSid: string;
  private readonly applicationSid: string;
  private readonly serviceProviderSid: string;

  constructor(private readonly options: JambonzSimulatorOptions) {
    const factory = options.createWebSocket ?? (options.webSocket ? createWebSocketFactory(options.webSocket) : undefined);
    if (!factory) throw new Error('JambonzSimulator needs webSocket (a WebSocket constructor) or createWebSocket');
    this.createWebSocket = factory;
    this.clock = options.clock ?? new VirtualClock();
    this.pbx = options.pbx ?? new SimulatedPbx(this.clock);
    this.accountSid = options.accountSid ?? generateUuid();
    this.applicationSid = options.applicationSid ?? generateUuid();
    this.serviceProviderSid = options.serviceProviderSid ?? generateUuid();
  }

  /** Places an inbound call; `await call.ended` for the outcome. */
  placeCall(callOptions: PlaceCallOptions = {}): SimulatedCall {
    const o = this.options;
    const from = callOptions.from ?? '+15083084809';
    const to = callOptions.to ?? '+15083728299';
    const callInfo = new CallInfo({
      call_sid: generateUuid(),
      direction: 'inbound',
      from,
      to,
      call_id: `${generateUuid()}`,
      sbc_callid: `${generateHex(8)}@10.0.0.10`,
      caller_id: from,
      account_sid: this.accountSid,
      trace_id: generateHex(16),
      application_sid: this.applicationSid,
      fs_sip_address: '10.0.13.72:5070',
      originating_sip_ip: '54.172.60.3',
      originating_sip_trunk_name: 'carrier',
    });
    const session = new CallSession({
      clock: this.clock,
      pbx: this.pbx,
      validator: o.validator ?? specVerbValidator,
      callInfo,
      timing: {
        sayMsPerChar: o.sayMsPerChar ?? SAY_MS_PER_CHAR,
        sayMinMs: o.sayMinMs ?? SAY_MIN_MS,
        resolveAudioDurationMs: o.resolveAudioDurationMs ?? (() => DEFAULT_AUDIO_MS),
        resolveDialTarget: resolveDialTargetBehaviour(callOptions.dialTargets ?? {}, o.defaultDialTarget ?? DEFAULT_DIAL_TARGET),
        listenFrameMs: o.listenFrameMs ?? 100,
        ...(o.listenAudio && { createListenSocket: this.createWebSocket }),
      },
      connection: {
        url: callOptions.url ?? o.url,
        ...(o.auth && { auth: o.auth }),
        createWebSocket: this.createWebSocket,
        ackTimeoutMs: o.ackTimeoutMs ?? 5000,
        handshakeTimeoutMs: 1500,
        maxPayload: 24 * 1024,
        ...(o.onAck && { onAck: o.onAck }),
      },
      sessionExtras: {
        serviceProviderSid: this.serviceProviderSid,
        defaults: o.defaults ?? DEFAULT_SESSION_DEFAULTS,
        carrierIp: '54.172.60.3',
        ...(o.envVars && { envVars: o.envVars }),
        ...(callOptions.sipHeaders && { sipHeaders: callOptions.sipHeaders }),
      },
      maxCallDurationMs: o.maxCallDurationMs,
      webhookErrorSipStatus: 480,
      keep: o.keep ?? 'everything',
    });
    const call = new SimulatedCall(session, this.clock);
    const scripts = Array.isArray(callOptions.caller) ? callOptions.caller : callOptions.caller ? [callOptions.caller] : [];
    scripts.forEach((script) => script(call));
    this.calls.push(call);
    return call.start();
  }

  /** Every verb any call received, with its verdict from @jambonz/verb-specifications. */
  get receivedVerbs(): ReceivedVerb[] {
    return this.calls.flatMap((call) => [...call.receivedVerbs]);
  }

  /** The received verbs that failed validation (should be empty for a healthy app). */
  get invalidVerbs(): ReceivedVerb[] {
    return this.receivedVerbs.filter((v) => !v.valid);
  }
}
