import type { Clock, TimerHandle } from '../clock/Clock';
import { Emitter } from '../events/Emitter';
import { generateMsgId } from '../protocol/generateIds';
import { HOOKED_TYPES, NO_ACK_TYPES, type AppCommand, type AppMessage, type JambonzEnvelope, type JambonzMessageType } from '../protocol/messages';
import { parseAppMessage } from '../protocol/parseAppMessage';
import { openWebSocket } from './openWebSocket';
import { ConnectError, parseRetryFragment, shouldRetryConnect } from './parseRetryFragment';
import { WS_OPEN, type WebSocketFactory, type WebSocketLike } from './WebSocketLike';

export interface AppConnectionOptions {
  url: string;
  auth?: { username: string; password: string };
  createWebSocket: WebSocketFactory;
  clock: Clock;
  callSid: string;
  /**
   * JAMBONES_WS_API_MSG_RESPONSE_TIMEOUT (5000). Always measured in real time: the app's reply is
   * real work, so a virtual clock stands still while a message waits for its ack.
   */
  ackTimeoutMs: number;
  handshakeTimeoutMs: number;
  maxPayload: number;
  /**
   * Told the round trip of every acked message, in real milliseconds from sending it to reading its
   * ack (jambonz's own `ws_response_time` measure).
   */
  onAck?: AckObserver;
}

export type AckObserver = (type: JambonzMessageType, elapsedMs: number) => void;

const textDecoder = new TextDecoder();

export interface AppConnectionEvents {
  [event: string]: unknown;
  sent: JambonzEnvelope;
  /** A well-formed message from the app, raw and parsed. */
  received: { raw: string; message: AppMessage };
  command: AppCommand;
  invalidMessage: { details: string; content: string };
  unknownAck: string;
  dropped: { code: number };
  reconnecting: { delayMs: number; url: string };
  reconnected: { url: string };
  reconnectFailed: { reason: string };
  closedGracefully: undefined;
}

interface InFlight {
  resolve: (data: unknown) => void;
  reject: (error: Error) => void;
  /** The ack deadline: a clock timer on a real clock, a real timer (holding the clock) on a virtual one. */
  timer: TimerHandle | undefined;
  realTimer: ReturnType<typeof setTimeout> | undefined;
  release: () => void;
  type: JambonzMessageType;
  sentAt: number;
}

interface Queued {
  type: JambonzMessageType;
  hook: string | undefined;
  data: Record<string, unknown>;
  resolve: (data: unknown) => void;
  reject: (error: Error) => void;
}

/** jambonz's per-call WebSocket requestor (FS ws-requestor.js): acks, timeouts, reconnects. */
export class AppConnection extends Emitter<AppConnectionEvents> {
  private ws: WebSocketLike | null = null;
  private url: string;
  private readonly maxReconnects: number;
  private readonly retryPolicy: string[];
  private connections = 0;
  private backoffMs = 500;
  private inFlight = new Map<string, InFlight>();
  private queued: Queued[] = [];
  private sessionData: Record<string, unknown> = {};
  private initMsgId: string | undefined;
  private awaitingReconnectAck = false;
  private reconnectPending = false;
  private exhausted = false;
  /** The app closed with 1000: every later message is discarded (FS `closedGracefully`). */
  closedGracefully = false;
  private closedByJambonz = false;
  private closing: (() => void) | undefined;

  constructor(private readonly options: AppConnectionOptions) {
    super();
    const retry = parseRetryFragment(options.url);
    this.url = retry.cleanUrl;
    this.maxReconnects = retry.maxReconnects;
    this.retryPolicy = retry.retryPolicy;
  }

  /** The URL the next (re)connection will dial. */
  get currentUrl(): string {
    return this.url;
  }

  /** Initial connection, retried with backoff per the `#rc/rp` policy (default: connection errors). */
  async connect(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        this.attach(await this.open());
        return;
      } catch (error) {
        const connectError = error instanceof ConnectError ? error : new ConnectError(String(error));
        if (attempt >= this.maxReconnects || !shouldRetryConnect(connectError, this.retryPolicy)) throw connectError;
        await new Promise<void>((resolve) => this.options.clock.setTimer(resolve, this.nextBackoff()));
      }
    }
  }

  /**
   * Sends one message. Ack-requiring types resolve with the ack's `data` (undefined when the socket
   * was closed gracefully, as FS discards the message) and reject on timeout or abandonment.
   */
  request(type: JambonzMessageType, hook: string | undefined, data: Record<string, unknown>): Promise<unknown> {
    if (this.closedGracefully || this.closedByJambonz) return Promise.resolve(undefined);
    if (type === 'session:new') this.sessionData = data;
    if (this.ws && this.ws.readyState !== WS_OPEN) this.awaitClose(this.ws);
    if (!this.ws || this.closing || (this.awaitingReconnectAck && type !== 'session:reconnect')) {
      if (this.exhausted) {
        return NO_ACK_TYPES.has(type) ? Promise.resolve(undefined) : Promise.reject(new Error('no connection to app'));
      }
      // Held until the reconnect is acked (FS queuedMsg), or until a closing socket says why it closed.
      return new Promise((resolve, reject) => this.queued.push({ type, hook, data, resolve, reject }));
    }
    const envelope: JambonzEnvelope = {
      type,
      msgid: generateMsgId(),
      call_sid: this.options.callSid,
      ...(HOOKED_TYPES.has(type) && hook !== undefined && { hook }),
      // Every caller builds `data` afresh for this message, so it is sent as it is, not copied.
      data,
    };
    if (type === 'session:new') this.initMsgId = envelope.msgid;
    if (NO_ACK_TYPES.has(type)) {
      this.send(envelope);
      return Promise.resolve(undefined);
    }
    const promise = new Promise<unknown>((resolve, reject) => this.track(envelope.msgid, type, resolve, reject));
    this.send(envelope);
    return promise;
  }

  /** Simulates network loss: the socket vanishes without a close frame, as jambonz would see it. */
  forceDrop(): void {
    const ws = this.ws;
    if (!ws) return;
    this.detach(ws);
    if (ws.terminate) ws.terminate();
    else ws.close(4000, 'simulated network loss');
    this.onClose(1006);
  }

  /** Points future reconnects at another URL (another runtime instance behind the balancer). */
  retarget(url: string): void {
    this.url = parseRetryFragment(url).cleanUrl;
  }

  /** jambonz closes its side when the call ends (FS `_clearResources` -> requestor.close()). */
  close(code = 1000): void {
    this.closedByJambonz = true;
    const ws = this.ws;
    this.ws = null;
    if (ws) {
      this.detach(ws);
      ws.close(code);
    }
    this.failInFlight('socket is closed');
    this.rejectQueued(new Error('socket is closed'));
  }

  // The app started a close handshake: keep the clock still until the close code is known, since
  // it decides whether held messages are discarded (1000) or wait for a reconnect.
  private awaitClose(ws: WebSocketLike): void {
    if (this.closing || this.ws !== ws) return;
    this.closing = this.options.clock.hold('socket closing');
  }

  private open(): Promise<WebSocketLike> {
    const { auth, createWebSocket, clock, handshakeTimeoutMs, maxPayload } = this.options;
    return openWebSocket(createWebSocket, { url: this.url, protocols: ['ws.jambonz.org'], auth, handshakeTimeoutMs, maxPayload }, clock);
  }

  private nextBackoff(): number {
    const delay = this.backoffMs;
    this.backoffMs = this.backoffMs < 2000 ? this.backoffMs * 2 : this.backoffMs + 2000;
    return delay;
  }

  private attach(ws: WebSocketLike): void {
    this.ws = ws;
    this.connections++;
    ws.onmessage = (event) => this.onMessage(event.data);
    ws.onclose = (event) => {
      this.detach(ws);
      this.onClose(event.code);
    };
    ws.onerror = () => undefined;
  }

  private detach(ws: WebSocketLike): void {
    ws.onmessage = ws.onclose = ws.onerror = ws.onopen = null;
    if (this.ws === ws) this.ws = null;
  }

  private send(envelope: JambonzEnvelope): void {
    this.ws?.send(JSON.stringify(envelope));
    this.emit('sent', envelope);
  }

  // jambonz gives the app 5 s of real time (FS ws-requestor.js: a setTimeout of RESPONSE_TIMEOUT_MS),
  // so on a virtual clock the deadline is a real timer and the clock holds still until the ack.
  private track(msgid: string, type: JambonzMessageType, resolve: (data: unknown) => void, reject: (error: Error) => void): void {
    const { clock, ackTimeoutMs } = this.options;
    const expire = (): void => this.settle(msgid, new Error(`timeout from far end for msgid ${msgid}`));
    const release = clock.hold(`ack ${msgid}`);
    const timer = clock.virtual ? undefined : clock.setTimer(expire, ackTimeoutMs);
    const realTimer = clock.virtual ? setTimeout(expire, ackTimeoutMs) : undefined;
    this.inFlight.set(msgid, { resolve, reject, timer, realTimer, release, type, sentAt: performance.now() });
  }

  private settle(msgid: string, error: Error | undefined, data?: unknown): void {
    const entry = this.settleSilently(msgid);
    if (!entry) return;
    if (error) entry.reject(error);
    else entry.resolve(data);
  }

  private failInFlight(reason: string): void {
    for (const msgid of [...this.inFlight.keys()]) this.settle(msgid, new Error(`abandoning msgid ${msgid} since ${reason}`));
  }

  // `discard` resolves ack-type messages with undefined, as FS does for a gracefully closed socket.
  private rejectQueued(error: Error, discard = false): void {
    const queued = this.queued;
    this.queued = [];
    for (const item of queued) {
      if (discard || NO_ACK_TYPES.has(item.type)) item.resolve(undefined);
      else item.reject(error);
    }
  }

  private flushQueued(): void {
    const queued = this.queued;
    this.queued = [];
    for (const item of queued) this.request(item.type, item.hook, item.data).then(item.resolve, item.reject);
  }

  private onMessage(raw: unknown): void {
    // FS means to reject binary frames but its check never fires, so binary is parsed as text too.
    const content = typeof raw === 'string' ? raw : textDecoder.decode(raw as ArrayBuffer);
    this.options.clock.touch?.();
    const parsed = parseAppMessage(content);
    if (!parsed.ok) {
      this.emit('invalidMessage', { details: parsed.details, content });
      void this.request('jambonz:error', undefined, { msg: 'InvalidMessage', details: parsed.details, content });
      return;
    }
    const message = parsed.message;
    this.emit('received', { raw: content, message });
    if (message.type === 'command') {
      this.emit('command', message);
      return;
    }
    this.initMsgId = undefined;
    const entry = this.inFlight.get(message.msgid);
    if (!entry) return this.emit('unknownAck', message.msgid);
    this.options.onAck?.(entry.type, performance.now() - entry.sentAt);
    this.settle(message.msgid, undefined, message.data);
  }

  private onClose(code: number): void {
    this.ws = null;
    const release = this.closing;
    this.closing = undefined;
    if (this.closedByJambonz) return release?.();
    if (code === 1000) {
      this.closedGracefully = true;
      this.emit('closedGracefully', undefined);
      this.rejectQueued(new Error('socket closed gracefully'), true);
      return release?.();
    }
    this.emit('dropped', { code });
    if (this.connections >= this.maxReconnects) {
      this.exhausted = true;
      this.failInFlight('socket is closed');
      this.rejectQueued(new Error('no connection to app'));
      return release?.();
    }
    // A session:new still awaiting its ack survives: the reconnect ack will answer it.
    if (!this.initMsgId) this.failInFlight('socket is closed');
    this.scheduleReconnect();
    release?.();
  }

  private scheduleReconnect(): void {
    if (this.reconnectPending) return;
    this.reconnectPending = true;
    const delayMs = this.nextBackoff();
    this.emit('reconnecting', { delayMs, url: this.url });
    this.options.clock.setTimer(() => void this.reconnect(), delayMs);
  }

  private async reconnect(): Promise<void> {
    this.reconnectPending = false;
    if (this.closedByJambonz) return;
    try {
      this.attach(await this.open());
    } catch (error) {
      this.onReconnectFailed(error instanceof Error ? error.message : String(error));
      return;
    }
    this.sendSessionReconnect();
  }

  private sendSessionReconnect(): void {
    this.awaitingReconnectAck = true;
    const pendingInit = this.initMsgId ? this.inFlight.get(this.initMsgId) : undefined;
    if (pendingInit && this.initMsgId) this.settleSilently(this.initMsgId);
    const envelope: JambonzEnvelope = { type: 'session:reconnect', msgid: generateMsgId(), call_sid: this.options.callSid, data: this.sessionData };
    if (pendingInit) this.initMsgId = envelope.msgid;
    const onAcked = (data: unknown): void => {
      this.awaitingReconnectAck = false;
      pendingInit?.resolve(data);
      this.emit('reconnected', { url: this.url });
      this.flushQueued();
    };
    const onFailed = (error: Error): void => {
      pendingInit?.reject(error);
      this.onReconnectFailed(error.message);
    };
    this.track(envelope.msgid, 'session:reconnect', onAcked, onFailed);
    this.send(envelope);
  }

  // Drops an in-flight entry without resolving it (its promise may be carried over to another msgid).
  private settleSilently(msgid: string) {
    const entry = this.inFlight.get(msgid);
    if (!entry) return undefined;
    this.inFlight.delete(msgid);
    this.options.clock.clearTimer(entry.timer);
    clearTimeout(entry.realTimer);
    entry.release();
    return entry;
  }

  private onReconnectFailed(reason: string): void {
    this.awaitingReconnectAck = false;
    this.rejectQueued(new Error(reason));
    this.emit('reconnectFailed', { reason });
  }
}
