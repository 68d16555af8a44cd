import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJambonzServer, provisionDefaults, type JambonzServer } from '@centrala/jambonz-sim/server';
import { routeHooks, startScriptedApp, type ScriptedApp } from '@centrala/jambonz-sim/testing';
import { createJambonzClient, ensureNumberRouted, JambonzApiError, type JambonzClient } from './index';

let sim: JambonzServer;
let client: JambonzClient;
let carrierSid: string;
let app: ScriptedApp | undefined;

beforeEach(async () => {
  sim = await createJambonzServer();
  const d = provisionDefaults(sim.store);
  carrierSid = d.voipCarrierSid;
  client = createJambonzClient({ baseUrl: `${sim.url}/v1`, apiKey: d.apiKey, accountSid: d.accountSid, timeoutMs: 2000 });
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  await sim.close();
});

const hook = { url: 'ws://127.0.0.1:9/jambonz', method: 'POST' as const, username: 'jambonz', password: 'secret-123' };

async function expectApiError(promise: Promise<unknown>, status: number, code: string): Promise<JambonzApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(JambonzApiError);
  expect(error).toMatchObject({ status, code });
  return error as JambonzApiError;
}

describe('provisioning (jambonz-api-server routes/api/applications.js, phone-numbers.js)', () => {
  it('creates an application and a number routed to it; lists, reads, updates and deletes them', async () => {
    const applicationSid = await client.applications.create({ name: 'Tenant A', call_hook: hook, call_status_hook: hook });
    const app = await client.applications.get(applicationSid);
    expect(app).toMatchObject({ name: 'Tenant A', account_sid: client.accountSid, call_hook: { url: hook.url, username: 'jambonz' } });
    const numberSid = await client.phoneNumbers.create({ number: '+48221234567', voip_carrier_sid: carrierSid, application_sid: applicationSid });
    expect(await client.phoneNumbers.get(numberSid)).toMatchObject({ number: '48221234567', account_sid: client.accountSid, application_sid: applicationSid });
    await client.phoneNumbers.update(numberSid, { application_sid: null });
    expect((await client.phoneNumbers.list())[0]?.application_sid).toBeNull();
    await client.phoneNumbers.delete(numberSid);
    expect(await client.phoneNumbers.list()).toEqual([]);
    await client.applications.delete(applicationSid);
    await expectApiError(client.applications.get(applicationSid), 404, 'not_found');
  });

  it('answers a duplicate number 422 and a bad hook URL 400 with jambonz words', async () => {
    await client.phoneNumbers.create({ number: '+48221234567', voip_carrier_sid: carrierSid });
    const dup = await expectApiError(client.phoneNumbers.create({ number: '48221234567', voip_carrier_sid: carrierSid }), 422, 'unprocessable');
    expect(dup.detail).toMatch(/^Duplicate entry '48221234567-/);
    const bad = await expectApiError(client.applications.create({ name: 'x', call_hook: { url: 'jambonz' }, call_status_hook: hook }), 400, 'bad_request');
    expect(bad.detail).toBe('call_hook URL is invalid');
    const gone = await expectApiError(client.applications.delete('2f0e4bcb-2ab7-4a8b-9a2b-9bb0a1bd6f0e'), 400, 'bad_request');
    expect(gone.detail).toBe('application does not exist');
  });

  it('refuses a wrong key with 401, another account with 403, and a malformed sid with 400', async () => {
    const stranger = createJambonzClient({ baseUrl: `${sim.url}/v1`, apiKey: 'not-a-key', accountSid: client.accountSid });
    await expectApiError(stranger.phoneNumbers.list(), 401, 'unauthorized');
    const other = sim.store.insert('accounts', { name: 'Other', service_provider_sid: sim.store.all('service_providers')[0]!.service_provider_sid, webhook_secret: 'x' });
    await expectApiError(client.accounts.get(other), 403, 'forbidden');
    await expectApiError(client.phoneNumbers.get('not-a-uuid'), 400, 'bad_request');
    expect(await client.accounts.get()).toMatchObject({ account_sid: client.accountSid, sip_realm: 'sip.centrala.local' });
  });

  it('reports an unreachable jambonz as a retryable network error and a slow one as a timeout', async () => {
    const down = createJambonzClient({ baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'k', accountSid: 'a' });
    const error = await expectApiError(down.phoneNumbers.list(), 0, 'network');
    expect(error.retryable).toBe(true);
    const slow = createJambonzClient({ baseUrl: `${sim.url}/v1`, apiKey: 'k', accountSid: 'a', timeoutMs: 50, fetch: (url, init) => new Promise((resolve) => setTimeout(() => resolve(fetch(url, init)), 500)) });
    await expectApiError(slow.phoneNumbers.list(), 0, 'timeout');
  });

  it('ensureNumberRouted is idempotent and repoints the number when the runtime moves', async () => {
    const first = await ensureNumberRouted(client, { number: '+48221234567', applicationName: 'Demo', callHook: hook });
    const again = await ensureNumberRouted(client, { number: '+48221234567', applicationName: 'Demo', callHook: hook });
    expect(again).toEqual(first);
    await ensureNumberRouted(client, { number: '+48221234567', applicationName: 'Demo', callHook: { ...hook, url: 'ws://127.0.0.1:10/jambonz' } });
    expect((await client.applications.get(first.applicationSid)).call_hook?.url).toBe('ws://127.0.0.1:10/jambonz');
    expect(await client.phoneNumbers.list()).toHaveLength(1);
  });
});

describe('inbound routing by provisioned number (sbc-inbound db-utils.js, FS middleware.js retrieveApplication)', () => {
  it('a provisioned number rings its application; a released one is rejected 480 "no configured application"', async () => {
    app = await startScriptedApp(routeHooks((_m, r) => r.ack([{ verb: 'say', text: 'Welcome' }, { verb: 'hangup' }])));
    const routed = await ensureNumberRouted(client, { number: '+48221234567', applicationName: 'Demo', callHook: { url: app.url, username: 'jambonz', password: 's3cret' } });
    const call = sim.featureServer.placeInbound({ to: '+48221234567', sipHeaders: { 'X-Centrala-Clock': 'x' } });
    expect(await call.ended).toMatchObject({ reason: 'jambonz-hangup', answered: true });
    expect(app.upgrades[0]?.headers.authorization).toBe(`Basic ${Buffer.from('jambonz:s3cret').toString('base64')}`);
    const sessionNew = app.messages.find((m) => m.type === 'session:new');
    expect(sessionNew?.data).toMatchObject({ to: '+48221234567', account_sid: client.accountSid, application_sid: routed.applicationSid });
    expect((sessionNew?.data.sip as { headers: Record<string, string> }).headers['X-Centrala-Clock']).toBe('x');

    await client.phoneNumbers.delete(routed.phoneNumberSid);
    const released = sim.featureServer.placeInbound({ to: '+48221234567' });
    expect(await released.ended).toMatchObject({ reason: 'rejected', sipStatus: 480, details: 'no configured application' });
    expect(app.messages.filter((m) => m.type === 'session:new')).toHaveLength(1);
  });

  it('with several accounts, an unknown number is 404 "Number Not Provisioned" at the SBC', async () => {
    sim.store.insert('accounts', { name: 'Second', service_provider_sid: sim.store.all('service_providers')[0]!.service_provider_sid, webhook_secret: 'x' });
    expect(await sim.featureServer.placeInbound({ to: '+48990000000' }).ended).toMatchObject({ sipStatus: 404, details: 'Number Not Provisioned' });
  });
});
