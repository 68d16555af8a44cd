import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { hangUpAfter } from './caller/hangUpAfter';
import { pressKeysOnGather } from './caller/pressKeysOnGather';
import { RealClock } from './clock/RealClock';
import { Emitter } from './events/Emitter';
import { StopController } from './events/StopSignal';
import { createNodeSimulator } from './node';
import { CallQueue } from './pbx/CallQueue';
import { generateHex, generateMsgId } from './protocol/generateIds';
import { routeHooks, startScriptedApp, type ScriptedApp } from './testing/startScriptedApp';
import { createChildController } from './verbs/runWaitLoop';

let app: ScriptedApp | undefined;
let silent: Server | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  await new Promise<void>((resolve) => (silent ? silent.close(() => resolve()) : resolve()));
  silent = undefined;
});

describe('what load tests read from the simulator', () => {
  it('reports each acked message round trip, and keeps only failing verbs when asked to', async () => {
    app = await startScriptedApp(
      routeHooks((_m, reply) => reply.ack([{ verb: 'gather', input: ['digits'], numDigits: 1, actionHook: '/key', say: { text: 'Press a key' } }]), {
        '/key': (_m, reply) => reply.ack([{ verb: 'say', text: 'Thanks' }, { verb: 'pause', length: 'forever' }, { verb: 'hangup' }]),
      }),
    );
    const acks: Array<{ type: string; ms: number }> = [];
    const sim = createNodeSimulator({ url: app.url, keep: 'problems', onAck: (type, ms) => acks.push({ type, ms }) });
    // The app's answer to the key is refused, so nothing more happens until the caller hangs up.
    const call = sim.placeCall({ caller: [pressKeysOnGather(['5']), hangUpAfter(30_000)] });
    await call.ended;

    expect(acks.map((a) => a.type)).toEqual(['session:new', 'verb:hook']);
    for (const { ms } of acks) expect(ms).toBeGreaterThanOrEqual(0);
    // The app's `pause` has a length jambonz refuses; it is the only verb kept.
    expect(sim.invalidVerbs.map((v) => v.name)).toEqual(['pause']);
    expect(sim.receivedVerbs).toHaveLength(1);
    expect(call.transcript).toEqual([]);
  });

  it('rejects a call whose app never completes the WebSocket handshake, without crashing the process', async () => {
    // Accepts TCP and reads the upgrade request, but never answers it. (Reading matters: a socket
    // that is never read never sees the client close it, and the server could not close.)
    silent = createServer((socket) => socket.resume());
    await new Promise<void>((resolve) => silent!.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    // One retry (`#rc=1`) rather than jambonz's default five keeps the test short.
    const sim = createNodeSimulator({ url: `ws://127.0.0.1:${port}/ivr#rc=1`, clock: new RealClock() });
    const result = await sim.placeCall().ended;
    expect(result).toMatchObject({ reason: 'rejected', sipStatus: 480, answered: false });
    expect(result.details).toMatch(/handshake has timed out/);
  });
});

describe('ids', () => {
  it('makes 22-character base58 msgids with no repeats, and hex of the asked length', () => {
    const ids = new Set(Array.from({ length: 20_000 }, () => generateMsgId()));
    expect(ids.size).toBe(20_000);
    for (const id of [...ids].slice(0, 500)) expect(id).toMatch(/^[1-9A-HJ-NP-Za-km-z]{22}$/);
    // Every base58 letter turns up in first position (no letter is left out by the sampling).
    expect(new Set([...ids].map((id) => id[0])).size).toBe(58);
    expect(generateHex(8)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('stop signals', () => {
  it('fires each listener once, honours removal, and passes the stop down to children', () => {
    const parent = new StopController();
    const child = createChildController(parent.signal);
    const heard: string[] = [];
    const removed = () => heard.push('removed');
    parent.signal.addEventListener('abort', () => heard.push('parent'));
    parent.signal.addEventListener('abort', removed);
    parent.signal.removeEventListener('abort', removed);
    child.signal.addEventListener('abort', () => heard.push(`child ${String(child.signal.reason)}`));
    parent.abort('hangup');
    parent.abort('again');
    expect(heard).toEqual(['child hangup', 'parent']);
    expect(parent.signal).toMatchObject({ aborted: true, reason: 'hangup' });
    parent.signal.addEventListener('abort', () => heard.push('late'));
    expect(heard).toEqual(['child hangup', 'parent']);
    expect(createChildController(parent.signal).signal.aborted).toBe(true);
  });
});

describe('emitter', () => {
  it('calls only the listeners there were when the event was emitted, one listener or many', () => {
    for (const before of [1, 2]) {
      const emitter = new Emitter<{ ping: number }>();
      const heard: string[] = [];
      for (let i = 0; i < before; i++) {
        emitter.on('ping', (n) => {
          heard.push(`first ${n}`);
          emitter.on('ping', (m) => heard.push(`added ${m}`));
        });
      }
      emitter.emit('ping', 1);
      expect(heard).toEqual(Array.from({ length: before }, () => 'first 1'));
    }
  });

  it('still calls, in the emit under way, a listener that an earlier one removed; later emits do not', () => {
    const emitter = new Emitter<{ ping: number }>();
    const heard: string[] = [];
    let offSecond = (): void => undefined;
    emitter.on('ping', (n) => {
      heard.push(`first ${n}`);
      offSecond();
    });
    offSecond = emitter.on('ping', (n) => heard.push(`second ${n}`));
    const offOnce = emitter.once('ping', (n) => heard.push(`once ${n}`));
    emitter.emit('ping', 1);
    emitter.emit('ping', 2);
    offOnce();
    expect(heard).toEqual(['first 1', 'second 1', 'once 1', 'first 2']);
  });
});

describe('queues', () => {
  it('serves by priority, then arrival, and keeps positions right as callers leave', () => {
    const queue = new CallQueue('support');
    const member = (callSid: string, priority: number) => ({ callSid, callId: callSid, priority, requestDequeue: () => 202 as const });
    const positions = [member('a', 999), member('b', 999), member('vip', 1), member('c', 999), member('vip2', 1)].map((m) => queue.add(m));
    expect(positions).toEqual([0, 1, 0, 3, 1]);
    expect(queue.list()).toEqual(['vip', 'vip2', 'a', 'b', 'c']);
    expect(queue.remove('a')).toBe(true);
    expect(queue.remove('a')).toBe(false);
    expect(queue.positionOf('c')).toBe(3);
    expect(queue.take()?.callSid).toBe('vip');
    expect(queue.take('c')?.callSid).toBe('c');
    expect(queue.list()).toEqual(['vip2', 'b']);
    expect(queue.positionOf('gone')).toBe(0);
    expect(queue.take('gone')).toBeUndefined();
  });

  it('knows the position of every caller in a long queue with mixed priorities, as callers come and go', () => {
    const queue = new CallQueue('big');
    const order: Array<{ sid: string; priority: number }> = [];
    for (let i = 0; i < 500; i++) {
      const priority = [999, 5, 999, 1][i % 4]!;
      queue.add({ callSid: `c${i}`, callId: `c${i}`, priority, requestDequeue: () => 202 as const });
      order.push({ sid: `c${i}`, priority });
      if (i % 7 === 3) {
        const leaving = order.splice(i % order.length, 1)[0]!;
        expect(queue.remove(leaving.sid)).toBe(true);
      }
    }
    const expected = [...order].sort((x, y) => x.priority - y.priority || Number(x.sid.slice(1)) - Number(y.sid.slice(1))).map((m) => m.sid);
    expect(queue.list()).toEqual(expected);
    expected.forEach((sid, i) => expect(queue.positionOf(sid)).toBe(i));
  });
});
