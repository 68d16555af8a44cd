import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { JambonzClient, JambonzSession } from "@jambonz/node-client-ws";
import type { WebSocket } from "ws";
import type { Logger } from "../observability/createLogger";

const require = createRequire(import.meta.url);

export type BasicAuth = { username: string; password: string };

function isAuthorised(req: IncomingMessage, auth: BasicAuth): boolean {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Basic ")) return false;
  const given = Buffer.from(header.slice(6), "base64");
  const expected = Buffer.from(`${auth.username}:${auth.password}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Serves jambonz's per-call WebSockets on `path` through @jambonz/node-client-ws, with its known
 * bugs worked around:
 * - the Client keeps ONE `_boundHandler` for all sockets, so with concurrent calls it detaches the
 *   wrong socket's listener: we bind a handler per socket and point `_boundHandler` at it while
 *   that socket's message is being handled (handling is synchronous);
 * - malformed JSON before a session exists is rethrown inside a ws listener (an uncaught exception
 *   that would kill every call): we catch and log it, and close that socket only;
 * - a middleware that fails causes an unhandled rejection: the auth check answers 401 itself and
 *   never calls next with an error.
 */
export function createJambonzEndpoint(opts: {
  server: Server;
  path: string;
  auth: BasicAuth;
  logger: Logger;
  onError: (kind: string) => void;
  onSession: (session: JambonzSession, kind: "new" | "reconnect", req: IncomingMessage) => void;
  /** Other WebSocket servers on the same HTTP server, by exact path (they skip the Basic auth). */
  externalWss?: { path: string; wss: unknown }[];
}): JambonzClient {
  const { createEndpoint } = require("@jambonz/node-client-ws") as typeof import("@jambonz/node-client-ws");
  const log = opts.logger.child({ component: "jambonz-ws" });
  const testPath = new RegExp(`^${opts.path}/test/[A-Za-z0-9_-]{20,100}/?$`);
  const checkAuth = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => {
    // Test calls from the editor's browser cannot send Basic auth; they carry a test-session token
    // in the path instead, which the call checks before running anything.
    if (isAuthorised(req, opts.auth) || testPath.test(req.url ?? "")) return next();
    log.warn({ ip: req.socket.remoteAddress, url: req.url }, "rejected a jambonz connection with wrong credentials");
    opts.onError("auth");
    res.writeHead(401, { "www-authenticate": 'Basic realm="centrala-runtime"', "content-type": "text/plain" });
    // The upgrade socket is outside the HTTP server's keep-alive handling: close it ourselves.
    res.end("401 Unauthorized", () => req.socket.destroy());
  };
  const makeService = createEndpoint({
    server: opts.server,
    logger: { info: () => {}, debug: () => {}, error: (...a: unknown[]) => log.error({ detail: a }, "node-client-ws error") },
    middlewares: [checkAuth],
    externalWss: opts.externalWss ?? [],
  });
  const client = makeService({ path: opts.path });

  client.handle = (ws: WebSocket, path: string) => {
    const handler = (data: unknown, isBinary: boolean) => {
      client._boundHandler = handler;
      try {
        client._onMessage(ws, path, data, isBinary);
      } catch (err) {
        opts.onError("bad-message");
        log.warn({ err: err instanceof Error ? err.message : String(err) }, "unreadable message before the call started; closing that socket");
        ws.close(1003, "invalid message");
      }
    };
    ws.on("message", handler);
    ws.on("error", (err) => log.warn({ err: err.message }, "socket error"));
  };
  client.on("session:new", (session, _path, req) => opts.onSession(session, "new", req));
  client.on("session:reconnect", (session, _path, req) => opts.onSession(session, "reconnect", req));
  return client;
}
