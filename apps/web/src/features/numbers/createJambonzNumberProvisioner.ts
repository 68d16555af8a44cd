import type { NumberProvisioner } from "@centrala/db";
import type { JambonzClient } from "@centrala/jambonz-api";

export type JambonzProvisioningSettings = {
  /** The runtime's jambonz WebSocket as jambonz reaches it, with the Basic credentials it sends. */
  callHook: { url: string; username: string; password: string };
  /** The carrier numbers arrive on (default: the account's first carrier). */
  voipCarrierSid?: string | undefined;
};

/**
 * Numbers through jambonz's REST API (@centrala/jambonz-api): each tenant gets one Application
 * (named by tenant id, so a renamed organisation keeps it) whose call_hook and call_status_hook
 * are the runtime; each claimed number is a PhoneNumber of the platform's account attached to it.
 * jambonz keeps numbers without "+" (api-server utils/phone-number-utils.js e164()).
 */
export function createJambonzNumberProvisioner(client: JambonzClient, settings: JambonzProvisioningSettings): NumberProvisioner {
  const hook = { url: settings.callHook.url, method: "POST" as const, username: settings.callHook.username, password: settings.callHook.password };
  async function findNumber(e164: string) {
    const digits = e164.replace(/^\+/, "");
    return (await client.phoneNumbers.list({ filter: digits })).find((number) => number.number === digits);
  }
  return {
    async ensureApplication({ tenantId, knownSid }) {
      if (knownSid) return knownSid;
      const name = `centrala-${tenantId}`;
      const existing = (await client.applications.list()).find((app) => app.name === name && app.account_sid === client.accountSid);
      if (existing) return existing.application_sid;
      return client.applications.create({ name, account_sid: client.accountSid, call_hook: hook, call_status_hook: hook });
    },
    async provision({ e164, applicationSid }) {
      const existing = await findNumber(e164);
      if (existing) {
        // Left by an earlier attempt whose answer was lost (or a clean-up that could not run): adopt it.
        if (existing.application_sid !== applicationSid) await client.phoneNumbers.update(existing.phone_number_sid, { application_sid: applicationSid });
        return { sid: existing.phone_number_sid };
      }
      const carrierSid = settings.voipCarrierSid ?? (await client.voipCarriers.list())[0]?.voip_carrier_sid;
      if (!carrierSid) throw new Error("jambonz has no carrier to put the number on");
      const sid = await client.phoneNumbers.create({ number: e164, voip_carrier_sid: carrierSid, account_sid: client.accountSid, application_sid: applicationSid });
      return { sid };
    },
    async route({ sid, applicationSid }) {
      await client.phoneNumbers.update(sid, { application_sid: applicationSid });
    },
    async release({ e164, sid }) {
      const target = sid || (await findNumber(e164))?.phone_number_sid;
      if (!target) return;
      try {
        await client.phoneNumbers.delete(target);
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error;
      }
    },
  };
}
