import type { JambonzClient } from './createJambonzClient';

/** A number Centrala wants jambonz to send to one application (a tenant's runtime WebSocket). */
export interface NumberRouting {
  /** E.164 (with or without '+'). */
  number: string;
  /** The application's name; found by name, created if missing. */
  applicationName: string;
  /** The runtime's jambonz WebSocket URL and the Basic credentials jambonz sends. */
  callHook: { url: string; username: string; password: string };
  /** The carrier the number arrives on (default: the account's first carrier). */
  voipCarrierSid?: string;
}

/**
 * Makes sure `number` reaches the named application, creating or updating only what is missing:
 * the application (with the runtime as call_hook and call_status_hook), then the phone number.
 * Safe to run at every start. Returns the sids.
 */
export async function ensureNumberRouted(client: JambonzClient, routing: NumberRouting): Promise<{ applicationSid: string; phoneNumberSid: string }> {
  const hook = { url: routing.callHook.url, method: 'POST' as const, username: routing.callHook.username, password: routing.callHook.password };
  const existing = (await client.applications.list()).find((a) => a.name === routing.applicationName && a.account_sid === client.accountSid);
  let applicationSid: string;
  if (!existing) {
    applicationSid = await client.applications.create({ name: routing.applicationName, account_sid: client.accountSid, call_hook: hook, call_status_hook: hook });
  } else {
    applicationSid = existing.application_sid;
    const current = existing.call_hook;
    if (current?.url !== hook.url || current.username !== hook.username || current.password !== hook.password) {
      await client.applications.update(applicationSid, { call_hook: hook, call_status_hook: hook });
    }
  }
  const digits = routing.number.replace(/^\+/, '');
  const number = (await client.phoneNumbers.list()).find((n) => n.number === digits);
  if (number) {
    if (number.application_sid !== applicationSid) await client.phoneNumbers.update(number.phone_number_sid, { application_sid: applicationSid });
    return { applicationSid, phoneNumberSid: number.phone_number_sid };
  }
  const carrierSid = routing.voipCarrierSid ?? (await client.voipCarriers.list())[0]?.voip_carrier_sid;
  if (!carrierSid) throw new Error(`jambonz has no carrier to put ${routing.number} on: add one first`);
  const phoneNumberSid = await client.phoneNumbers.create({ number: routing.number, voip_carrier_sid: carrierSid, account_sid: client.accountSid, application_sid: applicationSid });
  return { applicationSid, phoneNumberSid };
}
