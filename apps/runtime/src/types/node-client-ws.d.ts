// @jambonz/node-client-ws ships no types; these cover the parts the runtime uses.
declare module "@jambonz/node-client-ws" {
  import type { EventEmitter } from "node:events";
  import type { IncomingMessage, Server, ServerResponse } from "node:http";
  import type { WebSocket } from "ws";

  export interface JambonzSession extends EventEmitter {
    call_sid: string;
    msgid: string;
    data: Record<string, unknown>;
    ws: WebSocket;
    locals: Record<string, unknown>;
    send(opts?: { execImmediate?: boolean }): void;
    reply(opts?: { execImmediate?: boolean }): void;
    sendCommand(command: string, data?: unknown): void;
    close(): void;
    [key: string]: unknown;
  }

  export interface JambonzClient extends EventEmitter {
    _boundHandler?: (data: unknown, isBinary: boolean) => void;
    _onMessage(ws: WebSocket, path: string, data: unknown, isBinary: boolean): void;
    handle(ws: WebSocket, path: string): void;
    on(event: "session:new" | "session:reconnect" | "session:redirect", listener: (session: JambonzSession, path: string, req: IncomingMessage) => void): this;
  }

  type Middleware = (req: IncomingMessage & { locals?: Record<string, unknown> }, res: ServerResponse, next: (err?: unknown) => void) => void;

  export function createEndpoint(opts: {
    server: Server;
    port?: number;
    logger?: { info(...a: unknown[]): void; error(...a: unknown[]): void; debug(...a: unknown[]): void };
    middlewares?: Middleware[];
    externalWss?: { path: string; wss: unknown }[];
  }): (opts: { path: string }) => JambonzClient;
}
