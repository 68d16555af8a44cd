import { isUtf8 } from 'node:buffer';
import { createHash, randomFillSync } from 'node:crypto';
import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import type { WebSocketLike, WebSocketRequest } from './WebSocketLike';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;
/** How long a close handshake may take before the TCP connection is dropped (as `ws`). */
const CLOSE_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 2;

/** Masking keys and handshake keys come from a pooled random buffer, refilled 8 KiB at a time. */
const randomPool = Buffer.alloc(8192);
let randomOffset = randomPool.length;
function takeRandom(bytes: 4 | 16): Buffer {
  if (randomOffset + bytes > randomPool.length) {
    randomFillSync(randomPool);
    randomOffset = 0;
  }
  const out = randomPool.subarray(randomOffset, randomOffset + bytes);
  randomOffset += bytes;
  return out;
}

class ProtocolError extends Error {
  constructor(message: string, readonly closeCode: number) {
    super(message);
  }
}

/**
 * The client end of a WebSocket (RFC 6455) straight on a TCP or TLS socket, for the simulator in
 * Node: one write per frame, and no HTTP client machinery for the opening handshake. It keeps the
 * behaviour jambonz's own client (`ws`) shows an app: Basic auth from the request, the
 * `ws.jambonz.org` subprotocol checked in the answer, redirects followed (two at most), the same
 * error texts (`Unexpected server response: 401`), frames from the app larger than `maxPayload`
 * refused with close code 1009, pings answered, and the close handshake. It offers no extensions,
 * so a message is never compressed.
 */
export class NodeWebSocket implements WebSocketLike {
  readyState = CONNECTING;
  protocol = '';
  binaryType = 'nodebuffer';
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  private socket!: Socket;
  private key = '';
  private redirects = 0;
  private inbox: Buffer | null = null;
  private fragments: Buffer[] = [];
  private fragmentsLength = 0;
  private fragmentOpcode = 0;
  private closeFrameSent = false;
  private closeCode = 1006;
  private closeReason = '';
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private errorReported = false;

  constructor(private request: WebSocketRequest) {
    this.dial(new URL(request.url));
  }

  send(data: string | ArrayBuffer | ArrayBufferView): void {
    if (this.readyState === CONNECTING) throw new Error('WebSocket is not open: readyState 0 (CONNECTING)');
    // Like `ws`: data sent after the close started goes nowhere.
    if (this.readyState !== OPEN) return;
    if (typeof data === 'string') this.writeFrame(0x1, data);
    else this.writeFrame(0x2, ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data));
  }

  close(code?: number, reason = ''): void {
    if (this.readyState === CLOSED) return;
    if (this.readyState === CONNECTING) {
      this.fail(new Error('WebSocket was closed before the connection was established'));
      return;
    }
    if (this.readyState === OPEN) this.readyState = CLOSING;
    this.sendClose(code, reason);
  }

  terminate(): void {
    if (this.readyState === CLOSED) return;
    this.readyState = CLOSING;
    this.socket.destroy();
  }

  private dial(url: URL): void {
    const secure = url.protocol === 'wss:' || url.protocol === 'https:';
    const port = Number(url.port) || (secure ? 443 : 80);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    this.key = takeRandom(16).toString('base64');
    const socket = secure ? connectTls({ host, port, servername: host }) : connectTcp({ host, port });
    this.socket = socket;
    socket.setNoDelay(true);
    const headers = [
      `GET ${url.pathname || '/'}${url.search} HTTP/1.1`,
      `Host: ${url.host}`,
      'Connection: Upgrade',
      'Upgrade: websocket',
      'Sec-WebSocket-Version: 13',
      `Sec-WebSocket-Key: ${this.key}`,
    ];
    if (this.request.protocols.length) headers.push(`Sec-WebSocket-Protocol: ${this.request.protocols.join(',')}`);
    headers.push('user-agent: jambonz');
    const auth = this.request.auth ?? (url.username ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) } : undefined);
    if (auth) headers.push(`authorization: Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`);
    socket.write(`${headers.join('\r\n')}\r\n\r\n`);
    socket.on('data', (chunk: Buffer) => this.onData(chunk, url));
    socket.on('error', (error: Error) => this.reportError(error));
    socket.on('close', () => this.onSocketClose(socket));
  }

  private onData(chunk: Buffer, url: URL): void {
    this.inbox = this.inbox ? Buffer.concat([this.inbox, chunk]) : chunk;
    if (this.readyState === CONNECTING) {
      const end = this.inbox.indexOf('\r\n\r\n');
      if (end < 0) {
        if (this.inbox.length > 16_384) this.fail(new Error('Invalid HTTP response: headers too large'));
        return;
      }
      const head = this.inbox.toString('latin1', 0, end);
      const rest = this.inbox.subarray(end + 4);
      this.inbox = rest.length ? rest : null;
      if (!this.completeHandshake(head, url)) return;
    }
    try {
      this.readFrames();
    } catch (error) {
      if (error instanceof ProtocolError) this.refuse(error);
      else throw error;
    }
  }

  /** Checks the server's answer to the opening handshake; true once the socket is OPEN. */
  private completeHandshake(head: string, url: URL): boolean {
    const lines = head.split('\r\n');
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '')?.[1]);
    const headers = new Map<string, string>();
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const location = headers.get('location');
    if (status >= 300 && status < 400 && location) {
      if (++this.redirects > MAX_REDIRECTS) return this.fail(new Error('Maximum redirects exceeded'));
      const next = new URL(location, url);
      const old = this.socket;
      old.removeAllListeners();
      old.on('error', () => {});
      old.destroy();
      this.inbox = null;
      // Credentials go only to the host they were meant for (as `ws`).
      if (next.host !== url.host) this.request = { ...this.request, auth: undefined };
      this.dial(next);
      return false;
    }
    if (status !== 101) return this.fail(new Error(`Unexpected server response: ${Number.isNaN(status) ? 'invalid' : status}`));
    if (headers.get('upgrade')?.toLowerCase() !== 'websocket') return this.fail(new Error('Invalid Upgrade header'));
    const accept = createHash('sha1').update(this.key + GUID).digest('base64');
    if (headers.get('sec-websocket-accept') !== accept) return this.fail(new Error('Invalid Sec-WebSocket-Accept header'));
    const protocol = headers.get('sec-websocket-protocol');
    if (protocol !== undefined && !this.request.protocols.includes(protocol)) return this.fail(new Error('Server sent an invalid subprotocol'));
    if (protocol === undefined && this.request.protocols.length) return this.fail(new Error('Server sent no subprotocol'));
    if (headers.has('sec-websocket-extensions')) return this.fail(new Error('Server sent a Sec-WebSocket-Extensions header but no extension was requested'));
    // The requested string, not a slice of the response head (which would keep all of it alive).
    this.protocol = this.request.protocols.find((p) => p === protocol) ?? '';
    this.readyState = OPEN;
    this.onopen?.({ type: 'open' });
    return this.readyState === OPEN;
  }

  /** Reads every whole frame in the inbox. */
  private readFrames(): void {
    while (this.inbox && this.inbox.length >= 2 && !this.socket.destroyed) {
      const buf = this.inbox;
      const b0 = buf[0]!;
      const b1 = buf[1]!;
      const fin = (b0 & 0x80) !== 0;
      const opcode = b0 & 0x0f;
      if (b0 & 0x70) throw new ProtocolError('RSV1, RSV2 and RSV3 must be clear', 1002);
      if (b1 & 0x80) throw new ProtocolError('MASK must be clear', 1002);
      let length = b1 & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buf.length < 4) return;
        length = buf.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buf.length < 10) return;
        const high = buf.readUInt32BE(2);
        if (high > 0x1fffff) throw new ProtocolError('Unsupported WebSocket frame: payload length > 2^53 - 1', 1009);
        length = high * 2 ** 32 + buf.readUInt32BE(6);
        offset = 10;
      }
      const control = opcode >= 0x8;
      if (control && (!fin || length > 125)) throw new ProtocolError('invalid control frame', 1002);
      if (!control && length + (opcode === 0 ? this.fragmentsLength : 0) > this.request.maxPayload) {
        throw new ProtocolError('Max payload size exceeded', 1009);
      }
      if (buf.length < offset + length) return;
      const payload = buf.subarray(offset, offset + length);
      this.inbox = buf.length > offset + length ? buf.subarray(offset + length) : null;
      if (control) this.onControlFrame(opcode, payload);
      else this.onDataFrame(opcode, fin, payload);
    }
  }

  private onDataFrame(opcode: number, fin: boolean, payload: Buffer): void {
    if (opcode === 0) {
      if (!this.fragmentOpcode) throw new ProtocolError('invalid opcode 0', 1002);
    } else if (opcode === 0x1 || opcode === 0x2) {
      if (this.fragmentOpcode) throw new ProtocolError(`invalid opcode ${opcode}`, 1002);
      if (fin) return this.deliver(opcode, payload);
      this.fragmentOpcode = opcode;
    } else {
      throw new ProtocolError(`invalid opcode ${opcode}`, 1002);
    }
    this.fragments.push(payload);
    this.fragmentsLength += payload.length;
    if (!fin) return;
    const whole = Buffer.concat(this.fragments, this.fragmentsLength);
    const type = this.fragmentOpcode;
    this.fragments = [];
    this.fragmentsLength = 0;
    this.fragmentOpcode = 0;
    this.deliver(type, whole);
  }

  private deliver(opcode: number, payload: Buffer): void {
    if (opcode === 0x1) {
      if (!isUtf8(payload)) throw new ProtocolError('invalid UTF-8 sequence', 1007);
      this.onmessage?.({ data: payload.toString('utf8') });
      return;
    }
    const data = this.binaryType === 'arraybuffer' ? payload.buffer.slice(payload.byteOffset, payload.byteOffset + payload.length) : Buffer.from(payload);
    this.onmessage?.({ data });
  }

  private onControlFrame(opcode: number, payload: Buffer): void {
    if (opcode === 0x9) {
      if (this.readyState === OPEN) this.writeFrame(0xa, Buffer.from(payload));
      return;
    }
    if (opcode === 0xa) return;
    if (opcode !== 0x8) throw new ProtocolError(`invalid opcode ${opcode}`, 1002);
    if (payload.length === 1) throw new ProtocolError('invalid payload length 1', 1002);
    const code = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
    this.closeCode = code;
    this.closeReason = payload.length > 2 ? payload.toString('utf8', 2) : '';
    this.readyState = CLOSING;
    // Nothing after a close frame is read.
    this.inbox = null;
    // Answer with the same code, then end our side; the server closes the TCP connection.
    this.sendClose(code === 1005 ? undefined : code, '');
    this.socket.end();
  }

  private sendClose(code: number | undefined, reason: string): void {
    if (this.closeFrameSent) return;
    this.closeFrameSent = true;
    let payload = Buffer.alloc(0);
    if (code !== undefined) {
      payload = Buffer.alloc(2 + Buffer.byteLength(reason));
      payload.writeUInt16BE(code, 0);
      payload.write(reason, 2);
    }
    this.writeFrame(0x8, payload);
    this.closeTimer = setTimeout(() => this.socket.destroy(), CLOSE_TIMEOUT_MS);
    // A peer that never finishes the handshake must not keep the process alive.
    this.closeTimer.unref?.();
  }

  /** One masked frame, header and payload in one buffer, in one write. */
  private writeFrame(opcode: number, data: string | Buffer): void {
    const length = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
    const headerLength = 2 + (length > 65535 ? 8 : length > 125 ? 2 : 0) + 4;
    // Two bytes of padding in front of a 6- or 14-byte header put the payload on a 4-byte boundary
    // (Node's buffers start on 8-byte ones), so that it can be masked a word at a time.
    const pad = headerLength % 4;
    const frame = Buffer.allocUnsafe(pad + headerLength + length).subarray(pad);
    frame[0] = 0x80 | opcode;
    if (length > 65535) {
      frame[1] = 0x80 | 127;
      frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
      frame.writeUInt32BE(length >>> 0, 6);
    } else if (length > 125) {
      frame[1] = 0x80 | 126;
      frame.writeUInt16BE(length, 2);
    } else {
      frame[1] = 0x80 | length;
    }
    takeRandom(4).copy(frame, headerLength - 4);
    if (typeof data === 'string') frame.write(data, headerLength, 'utf8');
    else data.copy(frame, headerLength);
    applyMask(frame, headerLength, length);
    this.socket.write(frame);
  }

  /** A protocol violation by the server: report it and close with the matching code (as `ws`). */
  private refuse(error: ProtocolError): void {
    this.inbox = null;
    this.reportError(error);
    if (this.readyState === OPEN) this.readyState = CLOSING;
    this.sendClose(error.closeCode, '');
    this.socket.end();
  }

  /** The handshake failed: report why and drop the connection. Always returns false. */
  private fail(error: Error): false {
    this.reportError(error);
    this.readyState = CLOSING;
    this.socket.destroy();
    return false;
  }

  private reportError(error: Error): void {
    if (this.errorReported) return;
    this.errorReported = true;
    this.onerror?.({ type: 'error', message: error.message, error });
  }

  private onSocketClose(socket: Socket): void {
    if (socket !== this.socket || this.readyState === CLOSED) return;
    clearTimeout(this.closeTimer);
    if (this.readyState === CONNECTING) this.reportError(new Error('socket hang up'));
    this.readyState = CLOSED;
    this.onclose?.({ code: this.closeCode, reason: this.closeReason });
  }
}

/**
 * XORs the `length` payload bytes at `offset` with the 4-byte masking key just before them: a
 * 32-bit word at a time where the payload is aligned (the key is read through the same view, so
 * the machine's byte order does not matter), byte by byte for the rest.
 */
function applyMask(frame: Buffer, offset: number, length: number): void {
  const start = frame.byteOffset + offset;
  let i = 0;
  if (start % 4 === 0 && length >= 8) {
    const words = new Uint32Array(frame.buffer, start - 4, (length >>> 2) + 1);
    const key = words[0]!;
    for (let w = 1; w < words.length; w++) words[w]! ^= key;
    i = length & ~3;
  }
  for (; i < length; i++) frame[offset + i]! ^= frame[offset - 4 + (i & 3)]!;
}

