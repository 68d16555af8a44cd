import type { Clock } from '../clock/Clock';
import { ConnectError } from './parseRetryFragment';
import type { WebSocketFactory, WebSocketLike, WebSocketRequest } from './WebSocketLike';

function describeError(event: unknown): ConnectError {
  const message =
    (event as { message?: unknown })?.message ??
    (event as { error?: { message?: unknown } })?.error?.message ??
    'websocket connection error';
  const status = /Unexpected server response: (\d+)/.exec(String(message));
  return new ConnectError(String(message), status ? Number(status[1]) : undefined);
}

/**
 * Opens a socket and resolves once it is OPEN. The handshake is real network work, so the clock is
 * held meanwhile, and its timeout is measured in real time (jambonz's 1.5 s handshake timeout).
 */
export function openWebSocket(factory: WebSocketFactory, request: WebSocketRequest, clock: Clock): Promise<WebSocketLike> {
  const release = clock.hold(`connect ${request.url}`);
  return new Promise<WebSocketLike>((resolve, reject) => {
    let settled = false;
    let ws: WebSocketLike;
    const finish = (error?: ConnectError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      release();
      if (!error) return resolve(ws);
      ws.onopen = ws.onclose = null;
      // Keep an error listener: closing a socket that is still connecting reports an error, and a
      // Node socket with no listener for it would throw.
      ws.onerror = () => {};
      try {
        ws.close();
      } catch {
        // A socket that never opened may refuse close(); it is being discarded anyway.
      }
      reject(error);
    };
    const timer = setTimeout(() => finish(new ConnectError('Opening handshake has timed out', undefined, true)), request.handshakeTimeoutMs);
    try {
      ws = factory(request);
    } catch (error) {
      clearTimeout(timer);
      release();
      reject(new ConnectError(error instanceof Error ? error.message : String(error)));
      return;
    }
    ws.binaryType = 'arraybuffer';
    let lastError: ConnectError | undefined;
    ws.onopen = () => finish();
    ws.onerror = (event) => {
      lastError = describeError(event);
    };
    ws.onclose = (event) => finish(lastError ?? new ConnectError(`socket closed during handshake (${event.code})`));
  });
}
