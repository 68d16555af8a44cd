import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pressKeysOnGather } from '../caller/pressKeysOnGather';
import { sayOnGather } from '../caller/sayOnGather';
import type { JambonzEnvelope } from '../protocol/messages';
import { routeHooks, startScriptedApp, type ScriptedApp } from '../testing/startScriptedApp';
import { createJambonzServer, type JambonzServer } from './createJambonzServer';
import { provisionDefaults, type DefaultProvisioning } from './provisionDefaults';

let sim: JambonzServer;
let d: DefaultProvisioning;
let app: ScriptedApp;

beforeEach(async () => {
  sim = await createJambonzServer({ quietMs: 5 });
  d = provisionDefaults(sim.store);
});
afterEach(async () => {
  await app?.close();
  await sim.close();
});

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${sim.url}/v1/Accounts/${d.accountSid}${path}`, {
    method,
    headers: { authorization: `Bearer ${d.apiKey}`, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, text, json: (() => { try { return JSON.parse(text) as Record<string, unknown>; } catch { return undefined; } })() };
}

const speech = { speech_synthesis_vendor: 'google', speech_synthesis_language: 'en-US', speech_synthesis_voice: 'en-US-Standard-C', speech_recognizer_vendor: 'google', speech_recognizer_language: 'en-US' };
const statusesOf = (messages: JambonzEnvelope[], sid: string) => messages.filter((m) => m.call_sid === sid && m.type === 'call:status').map((m) => m.data.call_status);

describe('REST createCall (jambonz-api-server accounts.js validateCreateCall, FS create-call.js, rest_dial.js)', () => {
  it('checks the body as jambonz does: 400 from the API server, 500 for what the feature server refuses', async () => {
    app = await startScriptedApp(() => undefined);
    expect((await api('POST', '/Calls', { to: { type: 'phone', number: '1' } })).json).toEqual({ msg: 'missing from parameter' });
    expect((await api('POST', '/Calls', { from: '1', to: { type: 'phone' } })).status).toBe(400);
    const noSpeech = await api('POST', '/Calls', { from: '1', to: { type: 'phone', number: '2' }, call_hook: app.url });
    expect(noSpeech.json?.msg).toMatch(/^either application_sid or set of speech_synthesis_vendor/);
    expect((await api('POST', '/Calls', { from: '1', to: { type: 'phone', number: '2' }, call_hook: '/relative', ...speech })).json).toEqual({ msg: 'call_hook url be an absolute url' });
    // answerOnBridge passes the schema but rest:dial's spec has no such property: FS throws, the API answers a bare 500.
    const fsRefused = await api('POST', '/Calls', { from: '1', to: { type: 'phone', number: '2' }, call_hook: app.url, answerOnBridge: true, ...speech });
    expect(fsRefused).toMatchObject({ status: 500, text: 'Internal Server Error' });
  });

  it('rings the target: call:status trying, ringing, in-progress, then session:new with customerData; completed when it hangs up', async () => {
    app = await startScriptedApp(routeHooks((_m, r) => r.ack([{ verb: 'pause', length: 1 }, { verb: 'hangup' }])));
    sim.featureServer.scriptTargets({ '102': { answerAfterMs: 2000 } });
    const created = await api('POST', '/Calls', { from: '+48221234567', to: { type: 'user', name: '102' }, call_hook: { url: app.url, username: 'u', password: 'p' }, tag: { callerSid: 'c1' }, ...speech });
    expect(created.status).toBe(201);
    const sid = String(created.json?.sid);
    expect(created.json?.callId).toEqual(expect.any(String));
    await sim.featureServer.allCalls.find((c) => c.callSid === sid)?.ended;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(app.messages[0]?.type).toBe('call:status');
    expect(statusesOf(app.messages, sid)).toEqual(['trying', 'ringing', 'in-progress', 'completed']);
    const sessionNew = app.messages.find((m) => m.type === 'session:new');
    expect(sessionNew?.data).toMatchObject({ direction: 'outbound', to: '102@sip.centrala.local', customerData: { callerSid: 'c1' }, defaults: { synthesizer: { vendor: 'google' } } });
    expect(sessionNew?.data).not.toHaveProperty('sip');
    expect(app.messages.indexOf(sessionNew!)).toBeGreaterThan(app.messages.findIndex((m) => m.data.call_status === 'in-progress'));
    const record = await api('GET', `/Calls/${sid}`);
    expect(record.json).toMatchObject({ call_sid: sid, call_status: 'completed', sip_status: 200, direction: 'outbound' });
  });

  it('a busy target ends busy 486, a silent one no-answer 487 after the ring timeout; neither gets session:new', async () => {
    app = await startScriptedApp(() => undefined);
    sim.featureServer.scriptTargets({ '+48500000101': { busy: true }, '+48500000103': { noAnswer: true } });
    const busy = await api('POST', '/Calls', { from: '1', to: { type: 'phone', number: '+48500000101' }, call_hook: app.url, ...speech });
    const silent = await api('POST', '/Calls', { from: '1', to: { type: 'phone', number: '+48500000103' }, call_hook: app.url, timeout: 4, ...speech });
    await Promise.all(sim.featureServer.allCalls.map((c) => c.ended));
    expect(statusesOf(app.messages, String(busy.json?.sid))).toEqual(['trying', 'ringing', 'busy']);
    expect(statusesOf(app.messages, String(silent.json?.sid))).toEqual(['trying', 'ringing', 'no-answer']);
    expect(app.messages.filter((m) => m.type === 'session:new')).toEqual([]);
  });

  it('cancels a ringing leg with call_status no-answer (202), and answers 422 once the leg is answered', async () => {
    app = await startScriptedApp(routeHooks((_m, r) => r.ack([{ verb: 'pause', length: 60 }])));
    sim.featureServer.scriptTargets({ '101': { noAnswer: true }, '102': { answerAfterMs: 0, talkMs: 120_000 } });
    const ringing = String((await api('POST', '/Calls', { from: '1', to: { type: 'user', name: '101' }, call_hook: app.url, ...speech })).json?.sid);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await api('PUT', `/Calls/${ringing}`, { call_status: 'no-answer' })).status).toBe(202);
    const answered = String((await api('POST', '/Calls', { from: '1', to: { type: 'user', name: '102' }, call_hook: app.url, ...speech })).json?.sid);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const race = await api('PUT', `/Calls/${answered}`, { call_status: 'no-answer' });
    expect(race).toMatchObject({ status: 422, text: `current call state is incompatible with requested action for call_sid ${answered}` });
    expect((await api('PUT', `/Calls/${answered}`, { call_status: 'completed', tag: { x: 1 } })).json).toEqual({ msg: 'multiple options are not allowed in updateCall' });
    expect((await api('PUT', `/Calls/${answered}`, { call_status: 'completed' })).status).toBe(202);
    await Promise.all(sim.featureServer.allCalls.map((c) => c.ended));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(statusesOf(app.messages, ringing)).toEqual(['trying', 'ringing', 'no-answer']);
    expect(statusesOf(app.messages, answered).at(-1)).toBe('completed');
  });
});

describe('queues shared by inbound callers and REST agent legs (FS enqueue.js, dequeue.js)', () => {
  it('a REST agent leg dequeues the caller by callSid; both actionHooks report the bridge; GET /Queues shows the waiting caller', async () => {
    let callerSid = '';
    app = await startScriptedApp(
      routeHooks(
        (m, r) => {
          if (m.data.direction === 'inbound') {
            callerSid = String(m.data.call_sid);
            r.ack([{ verb: 'enqueue', name: 'support', waitHook: '/hold', actionHook: '/qdone' }]);
          } else r.ack([{ verb: 'dequeue', name: 'support', callSid: (m.data.customerData as { callerSid: string }).callerSid, actionHook: '/ddone', timeout: 10 }]);
        },
        {
          '/hold': (_m, r) => r.ack([{ verb: 'play', url: 'https://x/moh.mp3' }]),
          '/qdone': (_m, r) => r.ack([{ verb: 'hangup' }]),
          '/ddone': (_m, r) => r.ack([{ verb: 'hangup' }]),
        },
      ),
    );
    sim.store.insert('applications', { name: 'A', account_sid: d.accountSid, call_hook_sid: sim.store.insert('webhooks', { url: app.url }) });
    sim.store.insert('phone_numbers', { number: '48221234567', voip_carrier_sid: d.voipCarrierSid, account_sid: d.accountSid, application_sid: sim.store.all('applications')[0]!.application_sid });
    const caller = sim.featureServer.placeInbound({ to: '+48221234567', dialTargets: { '102': { answerAfterMs: 2000, talkMs: 20_000 } } });
    await new Promise((resolve) => caller.on('event', (e) => e.kind === 'queue' && resolve(undefined)));
    expect((await api('GET', '/Queues')).json).toEqual([{ name: 'support', length: 1 }]);
    const agent = await api('POST', '/Calls', { from: '+48221234567', to: { type: 'user', name: '102' }, call_hook: app.url, tag: { callerSid }, ...speech });
    expect(agent.status).toBe(201);
    await caller.ended;
    const hooks = (hook: string) => app.messages.filter((m) => m.hook === hook).map((m) => m.data);
    expect(hooks('/qdone')[0]).toMatchObject({ queue_result: 'bridged' });
    expect(hooks('/ddone')[0]).toMatchObject({ dequeue_result: 'complete' });
    expect(caller.transcript.some((e) => e.kind === 'bridged' && e.via === 'queue')).toBe(true);
  });

  it('the dequeue handshake: 404 once the caller is gone, 422 once it left its enqueue; a dequeue by callSid of a caller who hung up times out', async () => {
    let callerSid = '';
    app = await startScriptedApp(
      routeHooks(
        (m, r) => {
          if (m.data.direction === 'inbound') {
            callerSid = String(m.data.call_sid);
            r.ack([{ verb: 'enqueue', name: 'support', waitHook: '/hold', actionHook: '/qdone' }]);
          } else r.ack([{ verb: 'dequeue', name: 'support', callSid: (m.data.customerData as { callerSid: string }).callerSid, actionHook: '/ddone', timeout: 7 }]);
        },
        {
          '/hold': (_m, r) => r.ack([{ verb: 'pause', length: 30 }]), '/qdone': (_m, r) => r.ack([{ verb: 'hangup' }]), '/ddone': (_m, r) => r.ack([{ verb: 'hangup' }]),
          '/elsewhere': (_m, r) => r.ack([{ verb: 'pause', length: 30 }]),
        },
      ),
    );
    sim.store.insert('applications', { name: 'A', account_sid: d.accountSid, call_hook_sid: sim.store.insert('webhooks', { url: app.url }) });
    sim.store.insert('phone_numbers', { number: '48221234567', voip_carrier_sid: d.voipCarrierSid, account_sid: d.accountSid, application_sid: sim.store.all('applications')[0]!.application_sid });
    const queued = () => new Promise((resolve) => caller.on('event', (e) => e.kind === 'queue' && e.event === 'joined' && resolve(undefined)));
    // A member taken out of the queue whose call then hangs up: its feature server answers 404.
    let caller = sim.featureServer.placeInbound({ to: '+48221234567' });
    await queued();
    const gone = sim.featureServer.pbx.queue('support').take(callerSid)!;
    caller.hangUp();
    await caller.ended;
    const request = { link: undefined as never, agent: 'x', ready: () => undefined, hangup: () => undefined };
    expect(gone.requestDequeue(request)).toBe(404);
    // A member whose enqueue was replaced by a redirect (its task is no longer the enqueue): 422.
    caller = sim.featureServer.placeInbound({ to: '+48221234567' });
    await queued();
    const moved = sim.featureServer.pbx.queue('support').take(callerSid)!;
    expect((await api('PUT', `/Calls/${callerSid}`, { call_hook: '/elsewhere' })).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(moved.requestDequeue(request)).toBe(422);
    caller.hangUp();
    await caller.ended;
    // The caller hangs up while the agent's phone rings: the agent answers and finds nobody (timeout).
    caller = sim.featureServer.placeInbound({ to: '+48221234567', dialTargets: { '102': { answerAfterMs: 3000, talkMs: 20_000 } } });
    await queued();
    const agent = await api('POST', '/Calls', { from: '+48221234567', to: { type: 'user', name: '102' }, call_hook: app.url, tag: { callerSid }, ...speech });
    caller.hangUp();
    await Promise.all(sim.featureServer.allCalls.map((c) => c.ended));
    const ddone = app.messages.filter((m) => m.hook === '/ddone' && m.call_sid === agent.json?.sid).map((m) => m.data);
    expect(ddone).toEqual([expect.objectContaining({ dequeue_result: 'timeout' })]);
    expect(app.messages.filter((m) => m.hook === '/qdone').map((m) => m.data.queue_result)).toEqual(['hangup', 'hangup', 'hangup']);
  });

  it('the account queue_event_hook hears join, and leave with leaveReason dequeued and the dequeuer, or abandoned (FS performQueueWebhook)', async () => {
    const events: Record<string, unknown>[] = [];
    const hookServer = (await import('node:http')).createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        events.push({ ...JSON.parse(body), auth: req.headers.authorization, signed: /^t=\d+,v1=[0-9a-f]{64}$/.test(String(req.headers['jambonz-signature'])) });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
    const port = (hookServer.address() as { port: number }).port;
    try {
      expect((await fetch(`${sim.url}/v1/Accounts/${d.accountSid}`, {
        method: 'PUT', headers: { authorization: `Bearer ${d.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ queue_event_hook: { url: `http://127.0.0.1:${port}/queue-events`, method: 'POST', username: 'u', password: 'p' } }),
      })).status).toBe(204);
      let callerSid = '';
      app = await startScriptedApp(
        routeHooks(
          (m, r) => {
            if (m.data.direction === 'inbound') {
              callerSid = String(m.data.call_sid);
              r.ack([{ verb: 'enqueue', name: 'support', waitHook: '/hold', actionHook: '/qdone' }]);
            } else r.ack([{ verb: 'dequeue', name: 'support', callSid: (m.data.customerData as { callerSid: string }).callerSid, timeout: 10 }]);
          },
          { '/hold': (_m, r) => r.ack([{ verb: 'pause', length: 30 }]), '/qdone': (_m, r) => r.ack([{ verb: 'hangup' }]) },
        ),
      );
      sim.store.insert('applications', { name: 'A', account_sid: d.accountSid, call_hook_sid: sim.store.insert('webhooks', { url: app.url }) });
      sim.store.insert('phone_numbers', { number: '48221234567', voip_carrier_sid: d.voipCarrierSid, account_sid: d.accountSid, application_sid: sim.store.all('applications')[0]!.application_sid });
      const caller = sim.featureServer.placeInbound({ to: '+48221234567', dialTargets: { '102': { answerAfterMs: 1000, talkMs: 5000 } } });
      await new Promise((resolve) => caller.on('event', (e) => e.kind === 'queue' && resolve(undefined)));
      const agent = await api('POST', '/Calls', { from: '+48221234567', to: { type: 'user', name: '102' }, call_hook: app.url, tag: { callerSid }, ...speech });
      await Promise.all(sim.featureServer.allCalls.map((c) => c.ended));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(events.map((e) => [e.event, e.leaveReason ?? null])).toEqual([['join', null], ['leave', 'dequeued']]);
      expect(events[1]).toMatchObject({ queue: 'support', call_sid: callerSid, dequeuer: { call_sid: agent.json?.sid, direction: 'outbound' }, auth: `Basic ${Buffer.from('u:p').toString('base64')}`, signed: true });
      expect(caller.transcript.find((e) => e.kind === 'rest-leg' && e.status === 'in-progress')).toMatchObject({ target: '102' });
    } finally {
      hookServer.close();
    }
  });

  it('a gather listening for speech returns speechDetected with alternatives and confidence (FS gather.js _resolve)', async () => {
    app = await startScriptedApp(routeHooks((_m, r) => r.ack([{ verb: 'gather', input: ['speech'], actionHook: '/said', say: { text: 'Say something' } }, { verb: 'hangup' }])));
    sim.store.insert('applications', { name: 'A', account_sid: d.accountSid, call_hook_sid: sim.store.insert('webhooks', { url: app.url }) });
    sim.store.insert('phone_numbers', { number: '48221234567', voip_carrier_sid: d.voipCarrierSid, account_sid: d.accountSid, application_sid: sim.store.all('applications')[0]!.application_sid });
    const call = sim.featureServer.placeInbound({ to: '+48221234567', caller: [sayOnGather(['sales please']), pressKeysOnGather([])] });
    await call.ended;
    const said = app.messages.find((m) => m.hook === '/said')?.data;
    expect(said).toMatchObject({ reason: 'speechDetected', speech: { is_final: true, alternatives: [{ transcript: 'sales please', confidence: expect.any(Number) }] } });
  });
});
