import { afterEach, describe, expect, it } from 'vitest';
import { createNodeSimulator } from '../node';
import { routeHooks, startScriptedApp, type ScriptedApp } from '../testing/startScriptedApp';

const apps: ScriptedApp[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});

describe('reconnect', () => {
  it('after an abnormal close, reconnects with backoff, sends session:reconnect with the original payload and holds messages until acked', async () => {
    let closed = false;
    const app = await startScriptedApp(
      routeHooks(
        (m, r) => {
          if (m.type === 'session:new') return r.ack([{ verb: 'play', url: 'https://x/long.wav', actionHook: '/played' }, { verb: 'hangup' }]);
          // Answer the reconnect late so held messages are observable.
          setTimeout(() => r.ack(), 100);
        },
        { '/played': (_m, r) => r.ack() },
      ),
    );
    apps.push(app);
    app.handler = ((inner) => (m, r) => {
      inner(m, r);
      if (m.type === 'session:new' && !closed) {
        closed = true;
        r.close(4001);
      }
    })(app.handler);
    const sim = createNodeSimulator({ url: app.url, resolveAudioDurationMs: () => 10_000 });
    const call = sim.placeCall();
    await call.ended;
    await new Promise((resolve) => setTimeout(resolve, 50));

    const types = app.messages.map((m) => m.type);
    const reconnectAt = types.indexOf('session:reconnect');
    expect(reconnectAt).toBeGreaterThan(0);
    expect(app.messages[reconnectAt]?.data).toEqual(app.messages[0]?.data);
    expect(app.upgrades).toHaveLength(2);
    // The /played hook comes after the reconnect, never interleaved before its ack.
    expect(types.indexOf('verb:hook')).toBeGreaterThan(reconnectAt);
    const reconnecting = call.transcript.find((e) => e.kind === 'connection' && e.event === 'reconnecting');
    expect(reconnecting && 'detail' in reconnecting && reconnecting.detail).toMatch(/^in 500 ms/);
    expect(call.endResult?.reason).toBe('jambonz-hangup');
  });

  it('hangs up when the session:reconnect ack never comes', async () => {
    const app = await startScriptedApp(routeHooks((m, r) => (m.type === 'session:new' ? r.ack([{ verb: 'answer' }, { verb: 'pause', length: 30 }]) : undefined)));
    apps.push(app);
    const call = createNodeSimulator({ url: app.url, ackTimeoutMs: 300 }).placeCall();
    await new Promise((resolve) => call.on('event', (e) => e.kind === 'verb-start' && resolve(undefined)));
    call.dropConnection();
    const result = await call.ended;
    expect(result).toMatchObject({ reason: 'jambonz-hangup', details: 'session:reconnect failed' });
    expect(app.messages.some((m) => m.type === 'session:reconnect')).toBe(true);
  });

  it('a forced drop can reconnect to another runtime instance', async () => {
    const first = await startScriptedApp(routeHooks((_m, r) => r.ack([{ verb: 'answer' }, { verb: 'pause', length: 5 }, { verb: 'hangup' }])));
    const second = await startScriptedApp(routeHooks((_m, r) => r.ack()));
    apps.push(first, second);
    const call = createNodeSimulator({ url: first.url }).placeCall();
    await new Promise((resolve) => call.on('event', (e) => e.kind === 'verb-start' && resolve(undefined)));
    call.reconnectTo(second.url);
    call.dropConnection();
    await call.ended;
    expect(second.messages[0]?.type).toBe('session:reconnect');
    expect(second.messages[0]?.data.call_sid).toBe(call.callSid);
  });

  it('a graceful 1000 close means no reconnect: later messages are discarded and the call ends when the stack runs out', async () => {
    const app = await startScriptedApp(
      routeHooks((_m, r) => {
        r.ack([{ verb: 'gather', actionHook: '/menu', numDigits: 1, timeout: 3 }, { verb: 'say', text: 'bye' }]);
        r.close(1000);
      }),
    );
    apps.push(app);
    const call = createNodeSimulator({ url: app.url }).placeCall();
    const result = await call.ended;
    expect(app.upgrades).toHaveLength(1);
    expect(call.sentMessages.some((m) => m.type === 'verb:hook')).toBe(false);
    expect(call.transcript.some((e) => e.kind === 'hear' && e.text === 'bye')).toBe(true);
    expect(result.reason).toBe('jambonz-hangup');
  });
});
