import { normalizeNumber } from '../api/handlePhoneNumbers';
import type { JambonzStore } from '../store/JambonzStore';
import type { Row } from '../store/tables';

/** Where an inbound call from a carrier goes: an account and an application, or a SIP rejection. */
export type InboundRoute =
  | { ok: true; account: Row; application: Row; carrier: Row }
  | { ok: false; sipStatus: number; reason: string };

/**
 * The SBC and feature server deciding what a call "from the carrier" to `to` reaches:
 * - sbc-inbound lib/db-utils.js wasOriginatedFromCarrier: the DID is looked up among the carrier's
 *   phone_numbers; failing that the carrier's own default application; failing that the service
 *   provider's single account, if it has exactly one; otherwise 404 "Number Not Provisioned";
 * - sbc-inbound middleware: an inactive account is refused 503;
 * - FS lib/middleware.js retrieveApplication: no application (or no call_hook url) -> 480 with
 *   X-Reason "no configured application".
 */
export function routeInboundCall(store: JambonzStore, to: string, carrierKey: string | undefined): InboundRoute {
  const carriers = store.find('voip_carriers', (c) => c.is_active !== 0 && (!carrierKey || c.voip_carrier_sid === carrierKey || c.name === carrierKey));
  const carrier = carriers[0];
  // Not from a known carrier: the SBC treats it as a SIP user call to an unknown realm.
  if (!carrier) return { ok: false, sipStatus: 404, reason: carrierKey ? `no carrier ${carrierKey}` : 'no carrier provisioned' };
  const did = normalizeNumber(to);
  const numbers = store.find('phone_numbers', (n) => n.number === did && n.voip_carrier_sid === carrier.voip_carrier_sid);
  let accountSid: unknown;
  let applicationSid: unknown;
  if (numbers.length > 1) return { ok: false, sipStatus: 503, reason: 'Multiple carriers with the same gateway are attempting to route the same number for this account' };
  const number = numbers[0];
  if (number) {
    accountSid = number.account_sid ?? carrier.account_sid;
    applicationSid = number.application_sid ?? carrier.application_sid;
  } else if (carrier.account_sid && carrier.application_sid) {
    accountSid = carrier.account_sid;
    applicationSid = carrier.application_sid;
  } else {
    const spSid = carrier.service_provider_sid ?? store.get('accounts', carrier.account_sid as string)?.service_provider_sid;
    const accounts = store.find('accounts', (a) => a.service_provider_sid === spSid);
    if (accounts.length !== 1) return { ok: false, sipStatus: 404, reason: 'Number Not Provisioned' };
    accountSid = accounts[0]!.account_sid;
  }
  const account = store.get('accounts', accountSid as string);
  if (!account) return { ok: false, sipStatus: 404, reason: 'Number Not Provisioned' };
  if (account.is_active === 0) return { ok: false, sipStatus: 503, reason: 'Account exists but is inactive' };
  const application = store.get('applications', applicationSid as string);
  if (!application || !application.call_hook_sid) return { ok: false, sipStatus: 480, reason: 'no configured application' };
  return { ok: true, account, application, carrier };
}
