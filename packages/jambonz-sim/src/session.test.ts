import { afterEach, describe, expect, it } from 'vitest';
import { VirtualClock } from './clock/VirtualClock';
import { createNodeSimulator } from './node';
import { routeHooks, startScriptedApp, type ScriptedApp } from './testing/startScriptedApp';

let app: ScriptedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const auth = { username: 'jambonz', password: 's3cret' };

describe('session:new and the verb stack', () => {
  it('connects with the jambonz subprotocol and Basic auth, and sends session:new in jambonz shape', async () => {
    app = await startScriptedApp(routeHooks((_m, reply) => reply.ack([{ verb: 'say', text: 'Hello' }, { verb: 'hangup' }])));
    const sim = createNodeSimulator({ url: app.url, auth, envVars: { tenant: 'acme' } });
    const call = sim.placeCall({ from: '+15551230000', to: '+15559870000' });
    const result = await call.ended;

    expect(app.upgrades[0]?.protocol).toBe('ws.jambonz.org');
    expect(app.upgrades[0]?.headers.authorization).toBe(`Basic ${Buffer.from('jambonz:s3cret').toString('base64')}`);
    expect(app.upgrades[0]?.headers['user-agent']).toBe('jambonz');
    const first = app.messages[0];
    expect(first?.type).toBe('session:new');
    expect(first?.msgid).toMatch(/^[1-9A-HJ-NP-Za-km-z]{22}$/);
    expect(first?.call_sid).toBe(call.callSid);
    expect(first && 'hook' in first).toBe(false);
    expect(first?.data).toMatchObject({
      call_sid: call.callSid,
      direction: 'inbound',
      from: '+15551230000',
      to: '+15559870000',
      sip_status: 100,
      sip_reason: 'Trying',
      call_status: 'trying',
      env_vars: { tenant: 'acme' },
      defaults: { synthesizer: { vendor: 'google' }, recognizer: { vendor: 'google' } },
      sip: { method: 'INVITE' },
    });
    for (const key of ['call_id', 'sbc_callid', 'caller_id', 'account_sid', 'trace_id', 'application_sid', 'fs_sip_address', 'originating_sip_ip', 'service_provider_sid']) {
      expect(first?.data[key], key).toEqual(expect.any(String));
    }
    expect((first?.data.sip as { raw: string }).raw).toMatch(/^INVITE sip:\+15559870000@/);
    expect(call.callSid).toMatch(/^[0-9a-f-]{36}$/);

    const statuses = call.sentMessages.filter((m) => m.type === 'call:status').map((m) => m.data.call_status);
    expect(statuses).toEqual(['trying', 'in-progress', 'completed']);
    const completed = call.sentMessages.find((m) => m.type === 'call:status' && m.data.call_status === 'completed');
    expect(completed?.data).toMatchObject({ duration: 0, call_termination_by: 'jambonz', sip_status: 200 });
    expect(result).toMatchObject({ reason: 'jambonz-hangup', answered: true });
    expect(sim.invalidVerbs).toEqual([]);
  });

  // FS ws-requestor.js: the ack deadline is a setTimeout of JAMBONES_WS_API_MSG_RESPONSE_TIMEOUT (5000 ms)
  // of real time, and FS middleware.js rejects an un-acked session:new with 480.
  it('holds virtual time while session:new waits, and rejects with 480 after the real-time deadline', async () => {
    app = await startScriptedApp(() => undefined);
    const clock = new VirtualClock({ autoAdvance: false });
    const sim = createNodeSimulator({ url: app.url, clock, ackTimeoutMs: 400 });
    const call = sim.placeCall();
    const started = performance.now();
    const result = await call.ended;
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    expect(clock.now()).toBe(0);
    expect(result).toMatchObject({ reason: 'rejected', sipStatus: 480, answered: false });
    expect(result.details).toMatch(/timeout from far end/);
    expect(app.messages.map((m) => m.type)).toEqual(['session:new']);
  });

  // Issue 14: a reply that takes 3 s of real work is inside jambonz's 5 s, whatever the clock.
  it('accepts a session:new reply that takes 3 s of real time on a virtual clock (FS ws-requestor.js)', async () => {
    app = await startScriptedApp(routeHooks((_m, reply) => setTimeout(() => reply.ack([{ verb: 'say', text: 'late but fine' }, { verb: 'hangup' }]), 3000)));
    const call = createNodeSimulator({ url: app.url }).placeCall();
    const result = await call.ended;
    expect(result).toMatchObject({ reason: 'jambonz-hangup', answered: true });
    expect(call.transcript.some((e) => e.kind === 'hear' && e.text === 'late but fine')).toBe(true);
  }, 10_000);

  it('rejects the call when session:new is acked with no verbs', async () => {
    app = await startScriptedApp(routeHooks((_m, reply) => reply.ack([])));
    const result = await createNodeSimulator({ url: app.url }).placeCall().ended;
    expect(result).toMatchObject({ reason: 'rejected', sipStatus: 480, details: 'no application provided' });
  });

  it('a non-empty hook ack replaces the rest of the stack; an empty ack continues with it', async () => {
    const stack = [
      { verb: 'play', url: 'https://x/a.wav', actionHook: '/played' },
      { verb: 'say', text: 'original next verb' },
      { verb: 'hangup' },
    ];
    const runWith = async (reply: unknown[]): Promise<string[]> => {
      app = await startScriptedApp(routeHooks((_m, r) => r.ack(stack), { '/played': (_m, r) => r.ack(reply) }));
      const call = createNodeSimulator({ url: app.url }).placeCall();
      await call.ended;
      await app.close();
      app = undefined;
      return call.transcript.flatMap((e) => (e.kind === 'hear' && e.what === 'say' ? [e.text ?? ''] : []));
    };
    expect(await runWith([])).toEqual(['original next verb']);
    expect(await runWith([{ verb: 'say', text: 'replacement' }, { verb: 'hangup' }])).toEqual(['replacement']);
  });

  it('an empty stack waits for commands instead of hanging up, then obeys a redirect command', async () => {
    let sessionSocket: ScriptedApp['sockets'][number] | undefined;
    app = await startScriptedApp(
      routeHooks((_m, reply) => {
        sessionSocket = reply.socket;
        reply.ack([{ verb: 'say', text: 'one moment' }]);
      }),
    );
    const call = createNodeSimulator({ url: app.url }).placeCall();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(call.isEnded).toBe(false);
    expect(call.transcript.some((e) => e.kind === 'note' && e.text.includes('waiting for commands'))).toBe(true);
    sessionSocket?.send(JSON.stringify({ type: 'command', command: 'redirect', data: [{ verb: 'say', text: 'resumed' }, { verb: 'hangup' }] }));
    const result = await call.ended;
    expect(result.reason).toBe('jambonz-hangup');
    expect(call.transcript.some((e) => e.kind === 'hear' && e.text === 'resumed')).toBe(true);
  });

  it('call:status completed hangs up; a bare string call:status is ignored', async () => {
    let socket: ScriptedApp['sockets'][number] | undefined;
    app = await startScriptedApp(routeHooks((_m, reply) => {
      socket = reply.socket;
      reply.ack([{ verb: 'answer' }, { verb: 'pause', length: 1 }]);
    }));
    const call = createNodeSimulator({ url: app.url }).placeCall();
    await new Promise((resolve) => setTimeout(resolve, 150));
    socket?.send(JSON.stringify({ type: 'command', command: 'call:status', data: 'completed' }));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(call.isEnded).toBe(false);
    socket?.send(JSON.stringify({ type: 'command', command: 'call:status', data: { call_status: 'completed' } }));
    expect((await call.ended).reason).toBe('jambonz-hangup');
  });

  it('answers garbage from the app with jambonz:error InvalidMessage', async () => {
    app = await startScriptedApp(routeHooks((_m, reply) => {
      reply.sendRaw('{not json');
      reply.sendRaw(JSON.stringify({ type: 'command', command: 'redirect' }));
      reply.sendRaw(JSON.stringify({ type: 'bogus' }));
      reply.ack([{ verb: 'answer' }, { verb: 'pause', length: 1 }, { verb: 'hangup' }]);
    }));
    const call = createNodeSimulator({ url: app.url }).placeCall();
    await call.ended;
    const errors = call.sentMessages.filter((m) => m.type === 'jambonz:error').map((m) => m.data);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatchObject({ msg: 'InvalidMessage', content: '{not json' });
    expect(errors[1]).toMatchObject({ msg: 'InvalidMessage', details: 'data property not supplied' });
    expect(errors[2]).toMatchObject({ msg: 'InvalidMessage', details: 'invalid type property: bogus' });
  });

  it('rejects an invalid application at session:new and records the verdict of every verb', async () => {
    app = await startScriptedApp(routeHooks((_m, reply) => reply.ack([{ verb: 'say', text: 'hi' }, { verb: 'gather', numDigits: '1' }])));
    const sim = createNodeSimulator({ url: app.url });
    const result = await sim.placeCall().ended;
    expect(result).toMatchObject({ reason: 'rejected', sipStatus: 480, details: 'gather: property numDigits has invalid data type' });
    expect(sim.receivedVerbs.map((v) => [v.name, v.valid])).toEqual([['say', true], ['gather', false]]);
  });

  it('fails a record verb the way FS does (valid spec, but no such task)', async () => {
    app = await startScriptedApp(routeHooks((_m, reply) => reply.ack([{ verb: 'record', path: '/tmp/x.wav' }])));
    const sim = createNodeSimulator({ url: app.url });
    const result = await sim.placeCall().ended;
    expect(result.details).toBe("invalid jambonz verb 'record'");
    expect(sim.invalidVerbs).toHaveLength(1);
  });
});
