import type { IncomingHttpHeaders } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { JambonzEnvelope } from '../protocol/messages';

/** What a test's handler can do in reply to one message from jambonz. */
export interface AppReply {
  ack(data?: unknown): void;
  command(command: string, data?: unknown, extra?: Record<string, unknown>): void;
  sendRaw(text: string): void;
  close(code?: number): void;
  readonly socket: WebSocket;
}

export type AppHandler = (message: JambonzEnvelope, reply: AppReply) => void;

export interface ScriptedApp {
  url: string;
  /** Upgrade requests seen: chosen subprotocol and headers. */
  readonly upgrades: Array<{ headers: IncomingHttpHeaders; protocol: string; path: string }>;
  /** Every message received from jambonz, in order. */
  readonly messages: JambonzEnvelope[];
  readonly sockets: WebSocket[];
  handler: AppHandler;
  close(): Promise<void>;
}

/** A real `ws` server on 127.0.0.1:0 standing in for the runtime, scripted by the test. */
export async function startScriptedApp(handler: AppHandler): Promise<ScriptedApp> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: (protocols) => (protocols.has('ws.jambonz.org') ? 'ws.jambonz.org' : false) });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const address = wss.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const app: ScriptedApp = {
    url: `ws://127.0.0.1:${address.port}/ivr`,
    upgrades: [],
    messages: [],
    sockets: [],
    handler,
    close: () =>
      new Promise<void>((resolve) => {
        wss.clients.forEach((c) => c.terminate());
        wss.close(() => resolve());
      }),
  };
  wss.on('connection', (socket, req) => {
    app.upgrades.push({ headers: req.headers, protocol: socket.protocol, path: req.url ?? '' });
    app.sockets.push(socket);
    socket.on('message', (raw, isBinary) => {
      if (isBinary) return;
      const message = JSON.parse(String(raw)) as JambonzEnvelope;
      app.messages.push(message);
      const send = (obj: unknown): void => socket.send(JSON.stringify(obj));
      app.handler(message, {
        socket,
        ack: (data) => send({ type: 'ack', msgid: message.msgid, ...(data !== undefined && { data }) }),
        command: (command, data, extra) => send({ type: 'command', command, ...(data !== undefined && { data }), ...extra }),
        sendRaw: (text) => socket.send(text),
        close: (code) => socket.close(code),
      });
    });
  });
  return app;
}

/** Routes `verb:hook`s by hook name; other ack-needing messages get the session handler. */
export function routeHooks(
  onSession: (message: JambonzEnvelope, reply: AppReply) => void,
  hooks: Record<string, (message: JambonzEnvelope, reply: AppReply) => void> = {},
): AppHandler {
  return (message, reply) => {
    if (message.type === 'session:new' || message.type === 'session:reconnect') return onSession(message, reply);
    if (message.type === 'verb:hook' || message.type === 'dial:confirm' || message.type === 'session:redirect') {
      const route = message.hook ? hooks[message.hook] : undefined;
      if (route) route(message, reply);
      else reply.ack();
    }
  };
}
