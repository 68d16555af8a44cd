import WebSocket from 'ws';
import { JambonzSimulator, type JambonzSimulatorOptions } from './JambonzSimulator';
import type { WebSocketFactory, WebSocketLike } from './connection/WebSocketLike';

/**
 * Node socket factory using `ws` with the options jambonz's requestor uses: Basic auth header,
 * `user-agent: jambonz`, 1.5 s handshake timeout, 24 KiB max inbound payload.
 */
export const createNodeWebSocket: WebSocketFactory = ({ url, protocols, auth, handshakeTimeoutMs, maxPayload }) => {
  const headers: Record<string, string> = { 'user-agent': 'jambonz' };
  if (auth) headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
  return new WebSocket(url, protocols, { headers, handshakeTimeout: handshakeTimeoutMs, maxPayload, followRedirects: true, maxRedirects: 2 }) as unknown as WebSocketLike;
};

/** A simulator wired to `ws` (Node only; the browser passes `webSocket: WebSocket`). */
export function createNodeSimulator(options: Omit<JambonzSimulatorOptions, 'createWebSocket' | 'webSocket'>): JambonzSimulator {
  return new JambonzSimulator({ ...options, createWebSocket: createNodeWebSocket });
}
