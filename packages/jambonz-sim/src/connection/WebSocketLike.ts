/** The subset of the browser-standard WebSocket interface the simulator uses. */
export interface WebSocketLike {
  readonly readyState: number;
  readonly protocol: string;
  binaryType: string;
  send(data: string | ArrayBuffer | ArrayBufferView): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  /** Present on Node sockets: drop the TCP connection without a close handshake. */
  terminate?: () => void;
}

/** A browser-standard WebSocket constructor (`globalThis.WebSocket`, or `ws`'s class). */
export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocketLike;

/** Everything jambonz needs to open a socket; `auth` becomes an `Authorization: Basic` header. */
export interface WebSocketRequest {
  url: string;
  protocols: string[];
  auth?: { username: string; password: string };
  /** jambonz's JAMBONES_WS_HANDSHAKE_TIMEOUT_MS default. */
  handshakeTimeoutMs: number;
  /** jambonz's JAMBONES_WS_MAX_PAYLOAD default (frames the app sends). */
  maxPayload: number;
}

/** Opens a socket for a request. The Node entry supplies one that sends real Basic auth headers. */
export type WebSocketFactory = (request: WebSocketRequest) => WebSocketLike;

/**
 * Adapts a standard constructor. Browsers cannot set an Authorization header on a WebSocket, so
 * credentials go in the URL userinfo, which the `ws` package (and some browsers) turn into Basic auth.
 */
export function createWebSocketFactory(Ctor: WebSocketConstructor): WebSocketFactory {
  return ({ url, protocols, auth }) => {
    let target = url;
    if (auth) {
      const parsed = new URL(url);
      parsed.username = encodeURIComponent(auth.username);
      parsed.password = encodeURIComponent(auth.password);
      target = parsed.toString();
    }
    return new Ctor(target, protocols);
  };
}

export const WS_OPEN = 1;
