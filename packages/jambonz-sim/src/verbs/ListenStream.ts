import type { TimerHandle } from '../clock/Clock';
import { openWebSocket } from '../connection/openWebSocket';
import { WS_OPEN, type WebSocketLike } from '../connection/WebSocketLike';
import type { VerbSession } from './VerbSession';

/** Resolves a listen url: relative paths go against the app's ws base (FS normalizeUrl). */
export function resolveListenUrl(appUrl: string, url: string): string {
  return /^wss?:\/\//.test(url) ? url : new URL(url, appUrl).toString();
}

/**
 * The audio fork of `listen`/`config.listen`: a JSON metadata text frame, then binary L16 PCM
 * (silence) every `listenFrameMs` of clock time. Without a socket factory it is only logged.
 */
export class ListenStream {
  private ws: WebSocketLike | undefined;
  private timer: TimerHandle | undefined;
  private frames = 0;
  private stopped = false;

  constructor(
    private readonly session: VerbSession,
    readonly url: string,
    private readonly options: { sampleRate: number; mixType: string; metadata: Record<string, unknown>; auth?: { username: string; password: string } },
  ) {}

  /** Opens the stream; false when the URL cannot be reached (mod_audio_fork's connect failure). */
  async start(): Promise<boolean> {
    const { session } = this;
    session.log({ kind: 'listen', event: 'started', url: this.url });
    const factory = session.timing.createListenSocket;
    if (!factory) return true;
    try {
      this.ws = await openWebSocket(
        factory,
        { url: this.url, protocols: ['audio.drachtio.org'], ...(this.options.auth && { auth: this.options.auth }), handshakeTimeoutMs: 1500, maxPayload: 24 * 1024 },
        session.clock,
      );
    } catch (error) {
      session.log({ kind: 'note', text: `listen socket failed: ${error instanceof Error ? error.message : String(error)}` });
      return false;
    }
    if (this.stopped) {
      this.ws.close(1000);
      return true;
    }
    this.ws.send(JSON.stringify({ sampleRate: this.options.sampleRate, mixType: this.options.mixType, ...this.options.metadata }));
    this.scheduleFrame();
    return true;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.session.clock.clearTimer(this.timer);
    if (this.ws?.readyState === WS_OPEN) this.ws.close(1000);
    this.session.log({ kind: 'listen', event: 'stopped', url: this.url, frames: this.frames });
  }

  private scheduleFrame(): void {
    const frameMs = this.session.timing.listenFrameMs;
    const channels = this.options.mixType === 'stereo' ? 2 : 1;
    const bytes = Math.round((this.options.sampleRate * frameMs) / 1000) * 2 * channels;
    this.timer = this.session.clock.setTimer(() => {
      // The call is over: FS stops its background tasks (a config.listen fork) with it.
      if (this.session.callGone) return this.stop();
      if (this.stopped || this.ws?.readyState !== WS_OPEN) return;
      this.ws.send(new Uint8Array(bytes));
      this.frames++;
      this.scheduleFrame();
    }, frameMs);
  }
}
