import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import { NodeWebSocket } from './NodeWebSocket';
import type { WebSocketRequest } from './WebSocketLike';

// A real `ws` server is the other end: it checks every frame the client sends (masking, lengths,
// UTF-8, close codes) as strictly as the runtime's does.
let servers: Array<{ server: Server; wss: WebSocketServer }> = [];
let clients: NodeWebSocket[] = [];
afterEach(async () => {
  for (const c of clients) c.terminate();
  for (const { wss } of servers) for (const peer of wss.clients) peer.terminate();
  await Promise.all(servers.map(({ server }) => new Promise((r) => server.close(r))));
  servers = [];
  clients = [];
});

type Peer = { ws: ServerSocket; req: IncomingMessage };

/** `refuse` may answer an upgrade request with a plain HTTP response (its raw text) instead. */
async function startServer(opts: { protocol?: string | false; refuse?: (url: string) => string | undefined } = {}) {
  const peers: Peer[] = [];
  const waiting: Array<(p: Peer) => void> = [];
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => (opts.protocol === false ? false : opts.protocol ?? [...protocols][0] ?? false),
  });
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => {
    const refusal = opts.refuse?.(req.url ?? '');
    if (refusal) {
      socket.end(refusal);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const peer = { ws, req };
      const next = waiting.shift();
      if (next) next(peer);
      else peers.push(peer);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push({ server, wss });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}/jambonz`,
    port,
    nextPeer: () => new Promise<Peer>((resolve) => (peers.length ? resolve(peers.shift()!) : waiting.push(resolve))),
  };
}

function request(url: string, extra: Partial<WebSocketRequest> = {}): WebSocketRequest {
  return { url, protocols: ['ws.jambonz.org'], auth: { username: 'jambonz', password: 's3cret' }, handshakeTimeoutMs: 1500, maxPayload: 24 * 1024, ...extra };
}

/** Opens a client and records what it reports. */
function open(req: WebSocketRequest) {
  const ws = new NodeWebSocket(req);
  clients.push(ws);
  const messages: unknown[] = [];
  const errors: string[] = [];
  const opened = new Promise<void>((resolve) => (ws.onopen = () => resolve()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (ws.onclose = (e) => resolve(e)));
  ws.onmessage = (e) => messages.push(e.data);
  ws.onerror = (e) => errors.push((e as { message: string }).message);
  return { ws, messages, errors, opened, closed };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('NodeWebSocket (the simulator end of a jambonz socket, in Node)', () => {
  it('opens with Basic auth, the jambonz user agent and the ws.jambonz.org subprotocol', async () => {
    const server = await startServer();
    const client = open(request(server.url));
    const peer = await server.nextPeer();
    await client.opened;
    expect(client.ws.readyState).toBe(1);
    expect(client.ws.protocol).toBe('ws.jambonz.org');
    expect(peer.req.headers.authorization).toBe(`Basic ${Buffer.from('jambonz:s3cret').toString('base64')}`);
    expect(peer.req.headers['user-agent']).toBe('jambonz');
    expect(peer.req.url).toBe('/jambonz');
  });

  it('sends and receives text and binary of every length encoding, masked as a client must', async () => {
    const server = await startServer();
    const client = open(request(server.url, { maxPayload: 1 << 20 }));
    const peer = await server.nextPeer();
    await client.opened;
    const received: Array<{ data: Buffer; isBinary: boolean }> = [];
    peer.ws.on('message', (data, isBinary) => received.push({ data: data as Buffer, isBinary }));
    // 7-bit, 16-bit and 64-bit lengths; odd lengths leave a tail after the word-wise masking.
    const texts = ['', 'a', 'zażółć gęślą jaźń', 'x'.repeat(126), 'y'.repeat(1001), 'z'.repeat(70_003)];
    for (const text of texts) client.ws.send(text);
    client.ws.send(new Uint8Array([1, 2, 3, 250, 251]));
    await until(() => received.length === texts.length + 1);
    expect(received.slice(0, texts.length).map((m) => m.data.toString('utf8'))).toEqual(texts);
    expect(received.every((m, i) => m.isBinary === (i === texts.length))).toBe(true);
    expect([...received[texts.length]!.data]).toEqual([1, 2, 3, 250, 251]);

    for (const text of texts) peer.ws.send(text);
    client.ws.binaryType = 'arraybuffer';
    peer.ws.send(Buffer.from([9, 8, 7]));
    await until(() => client.messages.length === texts.length + 1);
    expect(client.messages.slice(0, texts.length)).toEqual(texts);
    expect([...new Uint8Array(client.messages[texts.length] as ArrayBuffer)]).toEqual([9, 8, 7]);
  });

  it('joins a fragmented message, answers pings, and refuses a message over maxPayload with 1009', async () => {
    const server = await startServer();
    const client = open(request(server.url, { maxPayload: 100 }));
    const peer = await server.nextPeer();
    await client.opened;
    peer.ws.send('{"type":', { fin: false });
    peer.ws.send('"ack"}', { fin: true });
    const pong = new Promise<string>((resolve) => peer.ws.once('pong', (data) => resolve(data.toString())));
    peer.ws.ping('are you there');
    expect(await pong).toBe('are you there');
    await until(() => client.messages.length === 1);
    expect(client.messages).toEqual(['{"type":"ack"}']);

    const serverSaw = new Promise<number>((resolve) => peer.ws.once('close', (code) => resolve(code)));
    peer.ws.send('x'.repeat(101));
    expect(await serverSaw).toBe(1009);
    expect(client.errors).toEqual(['Max payload size exceeded']);
    expect((await client.closed).code).toBe(1009);
  });

  it('completes the close handshake either way, with codes and reasons', async () => {
    const server = await startServer();
    const a = open(request(server.url));
    const peerA = await server.nextPeer();
    await a.opened;
    peerA.ws.close(4000, 'bye now');
    expect(await a.closed).toEqual({ code: 4000, reason: 'bye now' });
    expect(a.ws.readyState).toBe(3);

    const b = open(request(server.url));
    const peerB = await server.nextPeer();
    await b.opened;
    const serverSaw = new Promise<number>((resolve) => peerB.ws.once('close', (code) => resolve(code)));
    b.ws.close(1000);
    expect(b.ws.readyState).toBe(2);
    b.ws.send('after close: goes nowhere');
    expect(await serverSaw).toBe(1000);
    expect((await b.closed).code).toBe(1000);

    const c = open(request(server.url));
    const peerC = await server.nextPeer();
    await c.opened;
    const dropped = new Promise<number>((resolve) => peerC.ws.once('close', (code) => resolve(code)));
    c.ws.terminate();
    expect((await c.closed).code).toBe(1006);
    expect(await dropped).toBe(1006);
  });

  it('reports a refused handshake as ws does, so the retry policy can read the status', async () => {
    const server = await startServer({
      refuse: (url) => (url === '/denied' ? 'HTTP/1.1 401 Unauthorized\r\nContent-Length: 2\r\nConnection: close\r\n\r\nno' : undefined),
    });
    const client = open(request(server.url.replace('/jambonz', '/denied')));
    expect((await client.closed).code).toBe(1006);
    expect(client.errors).toEqual(['Unexpected server response: 401']);

    const refused = open(request('ws://127.0.0.1:1/jambonz'));
    expect((await refused.closed).code).toBe(1006);
    expect(refused.errors[0]).toMatch(/ECONNREFUSED/);

    const client2 = open(request(server.url));
    client2.ws.onopen = () => undefined;
    expect(() => client2.ws.send('too early')).toThrow(/CONNECTING/);
    client2.ws.close();
    expect((await client2.closed).code).toBe(1006);
    expect(client2.errors).toEqual(['WebSocket was closed before the connection was established']);
  });

  it('checks the subprotocol the server picked', async () => {
    const none = await startServer({ protocol: false });
    const a = open(request(none.url));
    expect((await a.closed).code).toBe(1006);
    expect(a.errors).toEqual(['Server sent no subprotocol']);
  });

  it('follows up to two redirects, keeping credentials only for the same host', async () => {
    const hops: Record<string, string> = { '/one': '/two', '/two': '/jambonz', '/a': '/b', '/b': '/c', '/c': '/jambonz' };
    const server = await startServer({
      refuse: (url) => (hops[url] ? `HTTP/1.1 302 Found\r\nLocation: ${hops[url]}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n` : undefined),
    });
    const client = open(request(server.url.replace('/jambonz', '/one')));
    const peer = await server.nextPeer();
    await client.opened;
    expect(peer.req.url).toBe('/jambonz');
    expect(peer.req.headers.authorization).toMatch(/^Basic /);

    const tooMany = open(request(server.url.replace('/jambonz', '/a')));
    expect((await tooMany.closed).code).toBe(1006);
    expect(tooMany.errors).toEqual(['Maximum redirects exceeded']);
  });
});
