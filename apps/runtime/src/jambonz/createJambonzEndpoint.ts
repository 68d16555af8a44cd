import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import { createRequire } from "node:module";
import type { Duplex } from "node:stream";
import type { JambonzClient, JambonzSession } from "@jambonz/node-client-ws";
import { WebSocketServer, type WebSocket } from "ws";
import type { Logger } from "../observability/createLogger";

const require = createRequire(import.meta.url);

export type BasicAuth = { username: string; password: string };

/**
 * The largest WebSocket message the runtime takes from jambonz. jambonz caps what it receives from
 * an app at 24 KiB (JAMBONES_WS_MAX_PAYLOAD, feature server lib/utils/ws-requestor.js) and sends
 * small JSON messages itself; the largest is session:new, which carries the INVITE three times
 * (raw text, parsed headers, body), a few KiB each. 64 KiB leaves room for a long INVITE and
 * refuses anything bigger with 1009 before it is buffered.
 */
export const JAMBONZ_MAX_PAYLOAD = 64 * 1024;

/** Test calls from the editor carry a test-session token in the path (browsers cannot send Basic auth). */
const TEST_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** Whether the request carries the Basic credentials jambonz was given. */
export function isAuthorised(req: IncomingMessage, auth: BasicAuth): boolean {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Basic ")) return false;
  const given = Buffer.from(header.slice(6), "base64");
  const expected = Buffer.from(`${auth.username}:${auth.password}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function refuse(socket: Duplex, status: 401 | 404 | 500, basic = false): void {
  const reason = { 401: "Unauthorized", 404: "Not Found", 500: "Internal Server Error" }[status];
  const challenge = basic ? 'WWW-Authenticate: Basic realm="centrala-runtime"\r\n' : "";
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${challenge}Content-Length: 0\r\nConnection: close\r\n\r\n`);
  // The peer may not close its side; never hold the socket open for it.
  setTimeout(() => socket.destroy(), 1000).unref();
}

export type UpgradeTarget = {
  /** Exact path this WebSocket server serves. */
  path: string;
  wss: WebSocketServer;
  /** Decides before the upgrade whether the request may connect. */
  authorise(req: IncomingMessage): boolean;
};

/**
 * Serves jambonz's per-call WebSockets on `path` (and other WebSocket servers on the same HTTP
 * server), checking every request before the upgrade: jambonz's Basic auth on `path`, a known
 * test-session token on `path/test/<token>`, each extra server's own check; anything else is
 * refused with 401 or 404 and never becomes a WebSocket. Messages larger than
 * JAMBONZ_MAX_PAYLOAD close the socket (1009) before they are read.
 *
 * Sessions are handled by @jambonz/node-client-ws's Client, with its known bugs worked around:
 * - the Client keeps ONE `_boundHandler` for all sockets, so with concurrent calls it detaches the
 *   wrong socket's listener: we bind a handler per socket and point `_boundHandler` at it while
 *   that socket's message is being handled (handling is synchronous);
 * - malformed JSON before a session exists is rethrown inside a ws listener (an uncaught exception
 *   that would kill every call): we catch and log it, and close that socket only.
 */
export function createJambonzEndpoint(opts: {
  server: Server;
  path: string;
  auth: BasicAuth;
  logger: Logger;
  onError: (kind: string) => void;
  /** Whether a test-call token names a test session (its hash is stored); checked before the upgrade. */
  isKnownTestToken: (token: string) => Promise<boolean>;
  onSession: (session: JambonzSession, kind: "new" | "reconnect", testToken: string | null) => void;
  others?: UpgradeTarget[];
  maxPayload?: number;
}): JambonzClient {
  const Client = require("@jambonz/node-client-ws/lib/client") as new (logger: unknown, path: string) => JambonzClient;
  const log = opts.logger.child({ component: "jambonz-ws" });
  const quiet = { info: () => {}, debug: () => {}, error: (...a: unknown[]) => log.error({ detail: a }, "node-client-ws error") };
  const client = new Client(quiet, opts.path);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: opts.maxPayload ?? JAMBONZ_MAX_PAYLOAD,
    handleProtocols: (protocols) => (protocols.has("ws.jambonz.org") ? "ws.jambonz.org" : false),
  });
  const testTokens = new WeakMap<WebSocket, string>();

  const reject = (req: IncomingMessage, socket: Duplex, status: 401 | 404, why: string) => {
    log.warn({ ip: req.socket.remoteAddress, path: (req.url ?? "").slice(0, 200), status }, why);
    opts.onError(status === 401 ? "auth" : "ws-path");
    refuse(socket, status, status === 401);
  };

  opts.server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    const pathname = (req.url ?? "/").split("?")[0]!.replace(/\/+$/, "") || "/";
    const other = opts.others?.find((o) => o.path === pathname);
    if (other) {
      if (!other.authorise(req)) return reject(req, socket, 401, "refused a WebSocket without a valid grant");
      other.wss.handleUpgrade(req, socket, head, (ws) => other.wss.emit("connection", ws, req));
      return;
    }
    const upgrade = (testToken: string | null) => {
      if (socket.destroyed) return;
      wss.handleUpgrade(req, socket, head, (ws) => {
        if (testToken) testTokens.set(ws, testToken);
        client.handle(ws, opts.path);
      });
    };
    if (pathname === opts.path) {
      if (!isAuthorised(req, opts.auth)) return reject(req, socket, 401, "rejected a jambonz connection with wrong credentials");
      return upgrade(null);
    }
    const token = pathname.startsWith(`${opts.path}/test/`) ? pathname.slice(opts.path.length + 6) : null;
    if (token === null) return reject(req, socket, 404, "refused a WebSocket on an unknown path");
    if (!TEST_TOKEN.test(token)) return reject(req, socket, 401, "refused a test call with a malformed token");
    opts.isKnownTestToken(token).then(
      (known) => (known ? upgrade(token) : reject(req, socket, 401, "refused a test call with an unknown token")),
      (err: unknown) => {
        log.warn({ err: err instanceof Error ? err.message : String(err) }, "could not check a test-call token");
        opts.onError("auth-check");
        refuse(socket, 500);
      },
    );
  });

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
    ws.on("error", (err) => {
      opts.onError(/max payload/i.test(err.message) ? "oversize-message" : "socket");
      log.warn({ err: err.message }, "socket error");
    });
  };
  const token = (session: JambonzSession) => testTokens.get(session.ws) ?? null;
  client.on("session:new", (session) => opts.onSession(session, "new", token(session)));
  client.on("session:reconnect", (session) => opts.onSession(session, "reconnect", token(session)));
  return client;
}
