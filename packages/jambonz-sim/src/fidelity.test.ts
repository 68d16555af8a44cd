import { afterEach, describe, expect, it } from 'vitest';
import { createNodeSimulator } from './node';
import { computeSayMs } from './verbs/SayTask';
import { routeHooks, startScriptedApp, type ScriptedApp } from './testing/startScriptedApp';

let app: ScriptedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('issue 14 item 9: the simulator behaves as jambonz does', () => {
  // FS lib/tasks/pause.js keeps Task's TaskPreconditions.None: pausing does not answer the call.
  it('a leading pause rings: the call is answered only by the say after it', async () => {
    app = await startScriptedApp(routeHooks((_m, r) => r.ack([{ verb: 'pause', length: 3 }, { verb: 'say', text: 'hello' }, { verb: 'hangup' }])));
    const call = createNodeSimulator({ url: app.url }).placeCall();
    await call.ended;
    const answeredAt = call.transcript.find((e) => e.kind === 'call-status' && e.status === 'in-progress')?.atMs;
    expect(answeredAt).toBe(3000);
  });

  // FS call-session.js _lccCallHook: {parent_call:[verbs]} replaces the app even with no dial in progress.
  it('a redirect command with parent_call runs those verbs with no dial in progress', async () => {
    app = await startScriptedApp(routeHooks((_m, r) => {
      r.ack([{ verb: 'pause', length: 30 }]);
      setTimeout(() => r.command('redirect', { parent_call: [{ verb: 'say', text: 'moved' }, { verb: 'hangup' }] }), 50);
    }));
    const call = createNodeSimulator({ url: app.url }).placeCall();
    await call.ended;
    expect(call.transcript.some((e) => e.kind === 'hear' && e.text === 'moved')).toBe(true);
  });

  // FS lib/tasks/listen.js _onConnectFailure: notifyTaskDone, then the actionHook without a duration.
  it('listen to an unreachable URL ends at once and reports no duration', async () => {
    app = await startScriptedApp(routeHooks((_m, r) => r.ack([{ verb: 'listen', url: 'ws://127.0.0.1:9/nowhere', actionHook: '/rec' }, { verb: 'hangup' }])));
    const call = createNodeSimulator({ url: app.url, listenAudio: true }).placeCall();
    await call.ended;
    const hook = app.messages.find((m) => m.hook === '/rec');
    expect(hook?.data).toBeDefined();
    expect(hook?.data).not.toHaveProperty('dial_call_duration');
  });

  // FS conference.js _notifyConferenceEvent: time = (new Date()).toISOString().
  it('conference status events carry wall-clock ISO time, not the virtual epoch', async () => {
    app = await startScriptedApp(routeHooks((_m, r) => r.ack([{ verb: 'conference', name: 'r', statusHook: '/conf', statusEvents: ['start', 'join'] }])));
    const call = createNodeSimulator({ url: app.url }).placeCall();
    await new Promise((resolve) => call.on('event', (e) => e.kind === 'sent' && e.hook === '/conf' && resolve(undefined)));
    call.hangUp();
    await call.ended;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const time = Date.parse(String(app.messages.find((m) => m.hook === '/conf')?.data.time));
    expect(Math.abs(time - Date.now())).toBeLessThan(60_000);
  });

  it('say length counts the words spoken, not the SSML markup around them', () => {
    const plain = computeSayMs('Good morning', 65, 500);
    expect(computeSayMs('<speak><prosody rate="slow">Good morning</prosody></speak>', 65, 500)).toBe(plain);
  });

  // FS dial.js parseDtmfOptions + utils/dtmf-collector.js: suffix match, and the parentCall patterns
  // land in the child's collector (call-centre.md §0.6).
  it('dtmfCapture reports the agent leg pressing a parentCall pattern (the FS bug) and the caller matching the array form', async () => {
    app = await startScriptedApp(routeHooks((m, r) =>
      r.ack([{ verb: 'dial', target: [{ type: 'user', name: '101' }], dtmfHook: '/dtmf', dtmfCapture: m.data.from === '+1array' ? ['*2'] : { parentCall: ['*1'] } }, { verb: 'hangup' }])));
    const sim = createNodeSimulator({ url: app.url });
    const agentKeys = sim.placeCall({ from: '+1object', dialTargets: { '101': { answerAfterMs: 1000, talkMs: 10_000, pressDigits: [{ atMs: 2000, digits: '9*1' }] } } });
    const callerKeys = sim.placeCall({ from: '+1array', dialTargets: { '101': { answerAfterMs: 1000, talkMs: 10_000 } } });
    callerKeys.clock.setTimer(() => callerKeys.press('*2', 250), 3000);
    await Promise.all([agentKeys.ended, callerKeys.ended]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const hooks = app.messages.filter((m) => m.hook === '/dtmf');
    const fromAgent = hooks.find((m) => m.call_sid === agentKeys.callSid)?.data;
    expect(fromAgent).toMatchObject({ dtmf: '*1', parent_call_sid: agentKeys.callSid, direction: 'outbound' });
    expect(hooks.find((m) => m.call_sid === callerKeys.callSid)?.data).toMatchObject({ dtmf: '*2', call_sid: callerKeys.callSid });
  });
});
