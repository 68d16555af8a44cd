import { afterEach, describe, expect, it } from 'vitest';
import { hangUpOnVerb } from '../caller/hangUpOnVerb';
import { hangUpWhenBridged } from '../caller/hangUpWhenBridged';
import { pressKeysOnGather } from '../caller/pressKeysOnGather';
import { createNodeSimulator } from '../node';
import type { JambonzEnvelope } from '../protocol/messages';
import { routeHooks, startScriptedApp, type ScriptedApp } from '../testing/startScriptedApp';

let app: ScriptedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function hooksSent(messages: JambonzEnvelope[], hook: string): Record<string, unknown>[] {
  return messages.filter((m) => m.type === 'verb:hook' && m.hook === hook).map((m) => m.data);
}

describe('gather', () => {
  const menu = (extra: Record<string, unknown>) => [
    { verb: 'gather', id: 'menu1', actionHook: '/menu', timeout: 5, say: { text: 'Press one for sales' }, ...extra },
    { verb: 'hangup' },
  ];

  it('reports digits with verb_id, and drops partial input on timeout when minDigits is unset', async () => {
    app = await startScriptedApp(routeHooks((_m, r) => r.ack(menu({ numDigits: 3 }))));
    const sim = createNodeSimulator({ url: app.url });
    const full = sim.placeCall({ caller: pressKeysOnGather(['123']) });
    const partial = sim.placeCall({ caller: pressKeysOnGather(['12']) });
    await Promise.all([full.ended, partial.ended]);
    expect(hooksSent(full.sentMessages, '/menu')[0]).toMatchObject({ digits: '123', reason: 'dtmfDetected', verb_id: 'menu1', call_status: 'in-progress' });
    const timedOut = hooksSent(partial.sentMessages, '/menu')[0];
    expect(timedOut).toMatchObject({ reason: 'timeout' });
    expect(timedOut).not.toHaveProperty('digits');
  });

  it('with minDigits set, partial input on timeout is reported and interDigitTimeout works', async () => {
    app = await startScriptedApp(routeHooks((_m, r) => r.ack(menu({ numDigits: 3, minDigits: 1, interDigitTimeout: 2 }))));
    const call = createNodeSimulator({ url: app.url }).placeCall({ caller: pressKeysOnGather(['12']) });
    await call.ended;
    const [hook] = hooksSent(call.sentMessages, '/menu');
    expect(hook).toMatchObject({ digits: '12', reason: 'dtmfDetected' });
    const pressed = call.transcript.filter((e) => e.kind === 'dtmf').at(-1)?.atMs ?? 0;
    const hookAt = call.transcript.find((e) => e.kind === 'sent' && e.hook === '/menu')?.atMs ?? 0;
    expect(hookAt - pressed).toBe(2000);
  });

  it('finishOnKey ends input without the key; a key during the prompt barges in', async () => {
    app = await startScriptedApp(routeHooks((_m, r) => r.ack(menu({ finishOnKey: '#' }))));
    const call = createNodeSimulator({ url: app.url }).placeCall({ caller: pressKeysOnGather(['42#'], { bargeIn: true, afterMs: 200 }) });
    await call.ended;
    expect(hooksSent(call.sentMessages, '/menu')[0]).toMatchObject({ digits: '42', reason: 'dtmfDetected' });
    const say = call.transcript.find((e) => e.kind === 'hear');
    const hookAt = call.transcript.find((e) => e.kind === 'sent' && e.hook === '/menu')?.atMs ?? 0;
    expect(say && 'durationMs' in say && hookAt < say.atMs + say.durationMs).toBe(true);
  });

  it('an invalid actionHook reply produces jambonz:error and the next verb runs', async () => {
    app = await startScriptedApp(
      routeHooks((_m, r) => r.ack([{ verb: 'gather', actionHook: '/menu', numDigits: 1 }, { verb: 'say', text: 'after' }, { verb: 'hangup' }]), {
        '/menu': (_m, r) => r.ack([{ verb: 'say', txt: 'typo' }]),
      }),
    );
    const sim = createNodeSimulator({ url: app.url });
    const call = sim.placeCall({ caller: pressKeysOnGather(['1']) });
    await call.ended;
    const error = call.sentMessages.find((m) => m.type === 'jambonz:error');
    expect(error?.data).toMatchObject({ msg: 'invalid actionHook response', details: 'say: unknown property txt', verb: 'gather' });
    expect(call.transcript.some((e) => e.kind === 'hear' && e.text === 'after')).toBe(true);
    expect(sim.invalidVerbs.map((v) => v.name)).toEqual(['say']);
  });

  it('an actionHook that is never acked costs 5 s, then jambonz reports and continues', async () => {
    app = await startScriptedApp(routeHooks((_m, r) => r.ack([{ verb: 'gather', actionHook: '/menu', numDigits: 1 }, { verb: 'hangup' }]), { '/menu': () => undefined }));
    const call = createNodeSimulator({ url: app.url, ackTimeoutMs: 300 }).placeCall({ caller: pressKeysOnGather(['1']) });
    const result = await call.ended;
    expect(call.sentMessages.find((m) => m.type === 'jambonz:error')?.data.details).toMatch(/timeout from far end/);
    expect(result.reason).toBe('jambonz-hangup');
  });
});

describe('dial', () => {
  const dialApp = (targets: unknown[], timeout?: number) =>
    routeHooks((_m, r) => r.ack([{ verb: 'dial', actionHook: '/dialed', target: targets, ...(timeout && { timeout }) }]), {
      '/dialed': (_m, r) => r.ack([{ verb: 'hangup' }]),
    });

  it('reports busy, no-answer (after the ring timeout) and a bridged call', async () => {
    app = await startScriptedApp(dialApp([{ type: 'phone', number: '+1555' }], 20));
    const sim = createNodeSimulator({ url: app.url });
    const busy = sim.placeCall({ dialTargets: { '+1555': { busy: true } } });
    const noAnswer = sim.placeCall({ dialTargets: { '+1555': { noAnswer: true } } });
    const answered = sim.placeCall({ dialTargets: { '+1555': { answerAfterMs: 4000, talkMs: 60000 } } });
    await Promise.all([busy.ended, noAnswer.ended, answered.ended]);
    expect(hooksSent(busy.sentMessages, '/dialed')[0]).toMatchObject({ dial_call_status: 'busy', dial_sip_status: 486 });
    expect(hooksSent(noAnswer.sentMessages, '/dialed')[0]).toMatchObject({ dial_call_status: 'no-answer', dial_sip_status: 487 });
    expect(noAnswer.transcript.find((e) => e.kind === 'sent' && e.hook === '/dialed')?.atMs).toBe(20000);
    const done = hooksSent(answered.sentMessages, '/dialed')[0];
    expect(done).toMatchObject({ dial_call_status: 'completed', dial_sip_status: 200, dial_call_sid: expect.any(String) });
    expect(answered.transcript.find((e) => e.kind === 'sent' && e.hook === '/dialed')?.atMs).toBe(64000);
    const childStatuses = answered.sentMessages.filter((m) => m.type === 'call:status' && m.data.call_sid === done?.dial_call_sid).map((m) => m.data.call_status);
    expect(childStatuses).toEqual(['trying', 'ringing', 'in-progress', 'completed']);
  });

  it('rings targets simultaneously: the first to answer wins, the others are cancelled', async () => {
    app = await startScriptedApp(dialApp([{ type: 'user', name: '1001@acme.sip' }, { type: 'sip', sipUri: 'sip:bob@x' }]));
    const call = createNodeSimulator({ url: app.url }).placeCall({
      dialTargets: { '1001': { answerAfterMs: 8000 }, 'sip:bob@x': { answerAfterMs: 2000, talkMs: 1000 } },
    });
    await call.ended;
    expect(call.transcript.filter((e) => e.kind === 'bridged').map((e) => e.kind === 'bridged' && e.with)).toEqual(['sip:bob@x']);
    expect(call.transcript.some((e) => e.kind === 'dial-target' && e.target === '1001@acme.sip' && e.status === 'no-answer')).toBe(true);
  });
});

describe('queues', () => {
  it('runs the waitHook loop with only the queue fields and a 0-based position; an invalid reply stops it', async () => {
    let waits = 0;
    app = await startScriptedApp(
      routeHooks((_m, r) => r.ack([{ verb: 'enqueue', name: 'sales', waitHook: '/hold', actionHook: '/qdone' }]), {
        '/hold': (_m, r) => (++waits < 3 ? r.ack([{ verb: 'say', text: 'please hold' }]) : r.ack([{ verb: 'dial', target: [] }])),
        '/qdone': (_m, r) => r.ack([{ verb: 'hangup' }]),
      }),
    );
    const sim = createNodeSimulator({ url: app.url });
    const call = sim.placeCall({ caller: hangUpOnVerb('enqueue', 60_000) });
    const result = await call.ended;
    const holds = hooksSent(call.sentMessages, '/hold');
    expect(holds).toHaveLength(3);
    expect(Object.keys(holds[0] ?? {}).sort()).toEqual(['call_id', 'call_sid', 'queue_position', 'queue_sid', 'queue_size', 'queue_time']);
    expect(holds[0]).toMatchObject({ queue_position: 0, queue_size: 1, queue_sid: `queue:${call.callInfo.account_sid}:sales` });
    expect(call.transcript.some((e) => e.kind === 'note' && e.text.includes('unsupported verb in enqueue waitHook'))).toBe(true);
    expect(hooksSent(call.sentMessages, '/qdone')[0]).toMatchObject({ queue_result: 'hangup', queue_time: 60 });
    expect(result.reason).toBe('caller-hangup');
  });

  it('serves two callers FIFO: the second waits at position 1, an agent takes the first', async () => {
    app = await startScriptedApp(
      routeHooks((_m, r) => r.ack([{ verb: 'enqueue', name: 'support', waitHook: '/hold', actionHook: '/qdone' }]), {
        '/hold': (_m, r) => r.ack([{ verb: 'pause', length: 2 }]),
        '/qdone': (_m, r) => r.ack([{ verb: 'hangup' }]),
      }),
    );
    const sim = createNodeSimulator({ url: app.url });
    const first = sim.placeCall({ from: '+1001' });
    await new Promise((resolve) => first.on('event', (e) => e.kind === 'queue' && resolve(undefined)));
    const second = sim.placeCall({ from: '+1002', caller: hangUpOnVerb('enqueue', 20_000) });
    await new Promise((resolve) => second.on('event', (e) => e.kind === 'queue' && resolve(undefined)));
    expect(sim.pbx.listQueue('support')).toEqual([first.callSid, second.callSid]);
    let taken: string | undefined;
    sim.clock.setTimer(() => (taken = sim.pbx.dequeueToAgent('support', { talkMs: 5000 })), 3000);
    await Promise.all([first.ended, second.ended]);
    expect(taken).toBe(first.callSid);
    expect(hooksSent(first.sentMessages, '/qdone')[0]).toMatchObject({ queue_result: 'bridged' });
    expect(hooksSent(second.sentMessages, '/hold').some((h) => h.queue_position === 1)).toBe(true);
    expect(hooksSent(second.sentMessages, '/qdone')[0]).toMatchObject({ queue_result: 'hangup' });
  });
});

describe('conference', () => {
  it('a waiting caller loops on the waitHook until the moderator starts the room; both get the actionHook when it ends', async () => {
    app = await startScriptedApp(
      routeHooks((m, r) =>
        r.ack([{ verb: 'conference', name: 'room1', actionHook: '/confdone', ...(m.data.from === '+1mod' ? { endConferenceOnExit: true } : { startConferenceOnEnter: false, waitHook: '/confwait' }) }]),
        { '/confwait': (_m, r) => r.ack([{ verb: 'play', url: 'https://x/music.mp3' }]), '/confdone': (_m, r) => r.ack([{ verb: 'hangup' }]) },
      ),
    );
    const sim = createNodeSimulator({ url: app.url });
    const guest = sim.placeCall({ from: '+1guest' });
    await new Promise((resolve) => guest.on('event', (e) => e.kind === 'sent' && e.hook === '/confwait' && resolve(undefined)));
    const moderator = sim.placeCall({ from: '+1mod', caller: hangUpWhenBridged(30_000) });
    await Promise.all([guest.ended, moderator.ended]);
    expect(hooksSent(guest.sentMessages, '/confwait').length).toBeGreaterThan(0);
    expect(guest.transcript.some((e) => e.kind === 'conference' && e.event === 'joined')).toBe(true);
    expect(hooksSent(guest.sentMessages, '/confdone')).toHaveLength(1);
    expect(hooksSent(moderator.sentMessages, '/confdone')).toHaveLength(1);
    expect(guest.endResult?.reason).toBe('jambonz-hangup');
  });
});

describe('hang-up mid-verb', () => {
  it('stops the running say, reports completed with duration, and sends no gather hook', async () => {
    app = await startScriptedApp(routeHooks((_m, r) => r.ack([{ verb: 'say', text: 'x'.repeat(200) }, { verb: 'gather', actionHook: '/menu' }])));
    const call = createNodeSimulator({ url: app.url }).placeCall({ caller: hangUpOnVerb('say', 4200) });
    const result = await call.ended;
    expect(result).toMatchObject({ reason: 'caller-hangup', durationSecs: 4 });
    expect(call.sentMessages.find((m) => m.data.call_status === 'completed')?.data).toMatchObject({ duration: 4, call_termination_by: 'caller' });
    expect(call.transcript.some((e) => e.kind === 'verb-start' && e.name === 'gather')).toBe(false);
  });
});
