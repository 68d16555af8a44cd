import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeWebSocket } from '../node';
import type { ApiAnswer } from './api/apiErrors';
import { createApiRouter } from './api/createApiRouter';
import { handleSimControl } from './control/handleSimControl';
import { FeatureServer, type FeatureServerOptions } from './featureServer/FeatureServer';
import { JambonzStore } from './store/JambonzStore';

const MAX_BODY_BYTES = 1024 * 1024;

export interface JambonzServerOptions extends Partial<Omit<FeatureServerOptions, 'store'>> {
  /** Keep provisioning in this JSON file (default: in memory only). */
  dataFile?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface JambonzServer {
  /** http://host:port, the base of jambonz's /v1 API and of the /sim control routes. */
  url: string;
  store: JambonzStore;
  featureServer: FeatureServer;
  server: Server;
  close(): Promise<void>;
}

class BodyError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

// express.json(): parse JSON bodies only; a malformed one is answered 400 {msg} by the app's error handler.
async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413, 'request entity too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!/json/.test(req.headers['content-type'] ?? '') || text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BodyError(400, error instanceof Error ? error.message : String(error));
  }
}

function send(res: ServerResponse, answer: ApiAnswer): void {
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.body !== undefined) {
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(answer.body));
  } else if (answer.text !== undefined) {
    res.writeHead(answer.status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
    res.end(answer.text);
  } else {
    res.writeHead(answer.status, headers);
    res.end();
  }
}

/**
 * The simulated jambonz as one HTTP server: jambonz's REST API under /v1 (API key auth, provisioning,
 * calls, queues), the feature server behind it, and the carrier-side control routes under /sim.
 */
export async function createJambonzServer(options: JambonzServerOptions = {}): Promise<JambonzServer> {
  const store = new JambonzStore(options.dataFile);
  const featureServer = new FeatureServer({ store, createWebSocket: options.createWebSocket ?? createNodeWebSocket, ...options });
  const handleApi = createApiRouter(store, featureServer);
  const server = createServer((req, res) => {
    featureServer.touch();
    const url = new URL(req.url ?? '/', 'http://localhost');
    void (async () => {
      let body: unknown;
      try {
        body = await readBody(req);
      } catch (error) {
        const status = error instanceof BodyError ? error.status : 400;
        return send(res, { status, body: { msg: error instanceof Error ? error.message : String(error) } });
      }
      if (url.pathname.startsWith('/sim/')) return handleSimControl(featureServer, req, res, url, body);
      if (url.pathname === '/health') return send(res, { status: 200, body: { calls: featureServer.allCalls.filter((c) => !c.isEnded).length } });
      send(res, await handleApi(req.method ?? 'GET', url, req.headers.authorization, body));
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, body: { msg: error instanceof Error ? error.message : String(error) } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    store,
    featureServer,
    server,
    close: async () => {
      featureServer.hangUpAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
