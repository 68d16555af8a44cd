import "server-only";
import type { NumberProvisioner } from "@centrala/db";
import { createJambonzClient } from "@centrala/jambonz-api";
import { getEnv, type Env } from "@/env";
import { createJambonzNumberProvisioner } from "./createJambonzNumberProvisioner";

/**
 * With no jambonz configured (JAMBONZ_* unset: `npm start` always sets them, to the simulated
 * jambonz when no real one is given) there is nobody to tell: numbers live in Centrala's database
 * only, as the demo seed does.
 */
const noJambonz: NumberProvisioner = {
  ensureApplication: async ({ knownSid }) => knownSid ?? "none",
  provision: async () => ({ sid: "" }),
  route: async () => {},
  release: async () => {},
};

/** The provisioner the environment asks for: the jambonz in JAMBONZ_API_URL (real or simulated). */
export function createNumberProvisioner(env: Env = getEnv()): NumberProvisioner {
  if (!env.JAMBONZ_API_URL || !env.JAMBONZ_ACCOUNT_SID || !env.JAMBONZ_API_KEY) return noJambonz;
  if (!env.JAMBONZ_WS_PASSWORD) {
    throw new Error("JAMBONZ_WS_PASSWORD is not set: the tenants' jambonz applications must authenticate to the runtime with it");
  }
  const client = createJambonzClient({ baseUrl: env.JAMBONZ_API_URL, accountSid: env.JAMBONZ_ACCOUNT_SID, apiKey: env.JAMBONZ_API_KEY, timeoutMs: 8000 });
  return createJambonzNumberProvisioner(client, {
    callHook: { url: env.JAMBONZ_CALL_HOOK_URL, username: env.JAMBONZ_WS_USERNAME, password: env.JAMBONZ_WS_PASSWORD },
    voipCarrierSid: env.JAMBONZ_VOIP_CARRIER_SID,
  });
}
