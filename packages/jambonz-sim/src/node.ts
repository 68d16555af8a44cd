import { JambonzSimulator, type JambonzSimulatorOptions } from './JambonzSimulator';
import { NodeWebSocket } from './connection/NodeWebSocket';
import type { WebSocketFactory } from './connection/WebSocketLike';

/**
 * Node socket factory: what jambonz's requestor sends (Basic auth header, `user-agent: jambonz`,
 * the `ws.jambonz.org` subprotocol, redirects followed, 24 KiB max inbound payload), on a lean
 * client that writes each frame in one piece (see NodeWebSocket).
 */
export const createNodeWebSocket: WebSocketFactory = (request) => new NodeWebSocket(request);

/** A simulator with Node sockets (the browser passes `webSocket: WebSocket`). */
export function createNodeSimulator(options: Omit<JambonzSimulatorOptions, 'createWebSocket' | 'webSocket'>): JambonzSimulator {
  return new JambonzSimulator({ ...options, createWebSocket: createNodeWebSocket });
}
