import "server-only";
import type { NumberProvisioner } from "@centrala/db";
import { getEnv, type Env } from "@/env";

type JambonzConfig = { apiUrl: string; accountSid: string; apiKey: string; carrierSid?: string | undefined; callHook: { url: string; username: string; password: string } };

/**
 * Talks to jambonz's REST API (paths, bodies and status codes of jambonz-api-server's
 * lib/routes/api/phone-numbers.js and applications.js; numbers are stored there without "+").
 * A narrow client until the shared @centrala/jambonz-api client replaces it.
 */
function createJambonzRestProvisioner(config: JambonzConfig): NumberProvisioner {
  const base = config.apiUrl.replace(/\/$/, "");
  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${base}${path}`, {
      method, headers: { Authorization: `Bearer ${config.apiKey}`, ...(body ? { "Content-Type": "application/json" } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}), signal: AbortSignal.timeout(8000),
    });
    if (!response.ok && response.status !== 404) throw new Error(`jambonz answered ${response.status} to ${method} ${path}`);
    return response;
  }
  async function findNumber(e164: string): Promise<{ phone_number_sid: string } | undefined> {
    const digits = e164.replace(/^\+/, "");
    const list = (await (await call("GET", `/v1/PhoneNumbers?account_sid=${encodeURIComponent(config.accountSid)}&filter=${digits}`)).json()) as { phone_number_sid: string; number: string }[];
    return list.find((row) => row.number === digits);
  }
  return {
    async ensureApplication({ tenantId, tenantName, knownSid }) {
      if (knownSid) return knownSid;
      const name = `centrala-${tenantId}`;
      const existing = ((await (await call("GET", `/v1/Applications?account_sid=${encodeURIComponent(config.accountSid)}`)).json()) as { application_sid: string; name: string }[])
        .find((app) => app.name === name);
      if (existing) return existing.application_sid;
      const hook = { url: config.callHook.url, method: "POST", username: config.callHook.username, password: config.callHook.password };
      const created = (await (await call("POST", "/v1/Applications", { name, account_sid: config.accountSid, call_hook: hook, call_status_hook: hook })).json()) as { sid: string };
      void tenantName;
      return created.sid;
    },
    async provision({ e164, applicationSid }) {
      const existing = await findNumber(e164);
      if (existing) {
        await call("PUT", `/v1/PhoneNumbers/${existing.phone_number_sid}`, { application_sid: applicationSid });
        return { sid: existing.phone_number_sid };
      }
      const body = { number: e164.replace(/^\+/, ""), account_sid: config.accountSid, application_sid: applicationSid, ...(config.carrierSid ? { voip_carrier_sid: config.carrierSid } : {}) };
      const created = (await (await call("POST", "/v1/PhoneNumbers", body)).json()) as { sid: string };
      return { sid: created.sid };
    },
    async route({ sid, applicationSid }) {
      await call("PUT", `/v1/PhoneNumbers/${sid}`, { application_sid: applicationSid });
    },
    async release({ e164, sid }) {
      const target = sid ?? (await findNumber(e164))?.phone_number_sid;
      if (target) await call("DELETE", `/v1/PhoneNumbers/${target}`);
    },
  };
}

/**
 * With no jambonz configured (all three JAMBONZ_* unset, e.g. a development machine before the
 * simulated jambonz is set up) there is nobody to tell: numbers live in Centrala's database
 * only, and calls reach the runtime directly (npm run call).
 */
const noJambonz: NumberProvisioner = {
  ensureApplication: async ({ knownSid }) => knownSid ?? "none",
  provision: async () => ({ sid: "" }),
  route: async () => {},
  release: async () => {},
};

/** The provisioner the environment asks for. */
export function createNumberProvisioner(env: Env = getEnv()): NumberProvisioner {
  if (!env.JAMBONZ_API_URL || !env.JAMBONZ_ACCOUNT_SID || !env.JAMBONZ_API_KEY) return noJambonz;
  return createJambonzRestProvisioner({
    apiUrl: env.JAMBONZ_API_URL, accountSid: env.JAMBONZ_ACCOUNT_SID, apiKey: env.JAMBONZ_API_KEY, carrierSid: env.JAMBONZ_VOIP_CARRIER_SID,
    callHook: { url: `${env.RUNTIME_PUBLIC_WS_URL.replace(/\/$/, "")}/jambonz`, username: env.JAMBONZ_WS_USERNAME, password: env.JAMBONZ_WS_PASSWORD ?? "" },
  });
}
