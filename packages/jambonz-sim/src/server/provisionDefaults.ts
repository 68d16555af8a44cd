import type { JambonzStore } from './store/JambonzStore';

/** The one account Centrala uses on the simulated jambonz, and how to reach it. */
export interface DefaultProvisioning {
  serviceProviderSid: string;
  accountSid: string;
  /** An account-level API key (Bearer token). */
  apiKey: string;
  /** The carrier inbound calls come from; numbers are provisioned on it. */
  voipCarrierSid: string;
}

/**
 * What a jambonz operator sets up once, done on first start: a service provider, an account with a
 * SIP realm, an account API key and a carrier. Found again by name on later starts (idempotent).
 */
export function provisionDefaults(
  store: JambonzStore,
  names: { serviceProvider?: string; account?: string; sipRealm?: string; carrier?: string; accountSid?: string; apiKey?: string } = {},
): DefaultProvisioning {
  const spName = names.serviceProvider ?? 'Centrala';
  const accountName = names.account ?? 'Centrala';
  const carrierName = names.carrier ?? 'Simulated carrier';
  const sp = store.find('service_providers', (r) => r.name === spName)[0];
  const serviceProviderSid = sp ? String(sp.service_provider_sid) : store.insert('service_providers', { name: spName });
  const account = names.accountSid ? store.get('accounts', names.accountSid) : store.find('accounts', (r) => r.name === accountName && r.service_provider_sid === serviceProviderSid)[0];
  const accountSid = account
    ? String(account.account_sid)
    : store.insert('accounts', { name: accountName, service_provider_sid: serviceProviderSid, sip_realm: names.sipRealm ?? 'sip.centrala.local', webhook_secret: `wh_secret_${crypto.randomUUID().replace(/-/g, '')}` }, names.accountSid);
  const key = store.find('api_keys', (r) => r.account_sid === accountSid && (!names.apiKey || r.token === names.apiKey))[0];
  const apiKey = key ? String(key.token) : String(store.get('api_keys', store.insert('api_keys', { token: names.apiKey ?? crypto.randomUUID(), account_sid: accountSid }))?.token);
  const carrier = store.find('voip_carriers', (r) => r.name === carrierName && r.service_provider_sid === serviceProviderSid)[0];
  const voipCarrierSid = carrier ? String(carrier.voip_carrier_sid) : store.insert('voip_carriers', { name: carrierName, service_provider_sid: serviceProviderSid });
  return { serviceProviderSid, accountSid, apiKey, voipCarrierSid };
}
