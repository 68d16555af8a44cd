// Makes sure jambonz (real or simulated) sends the demo number to the voice runtime, through the
// same REST client the rest of Centrala uses. Idempotent; skipped when no jambonz is configured.
import { createJambonzClient, ensureNumberRouted } from "@centrala/jambonz-api";
import { z } from "zod";

const envSchema = z.object({
  JAMBONZ_API_URL: z.string().url(),
  JAMBONZ_ACCOUNT_SID: z.string().min(1),
  JAMBONZ_API_KEY: z.string().min(1),
  /** The runtime's jambonz WebSocket as jambonz reaches it. */
  JAMBONZ_CALL_HOOK_URL: z.string().regex(/^wss?:\/\//, "JAMBONZ_CALL_HOOK_URL must start with ws:// or wss://"),
  JAMBONZ_WS_USERNAME: z.string().min(1).default("jambonz"),
  JAMBONZ_WS_PASSWORD: z.string().min(12),
});

export async function provisionDemoNumber(number: string, tenantName: string): Promise<string> {
  if (!process.env.JAMBONZ_API_URL) return "no jambonz configured (JAMBONZ_API_URL unset): demo number not provisioned";
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Cannot provision the demo number on jambonz: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const env = parsed.data;
  const client = createJambonzClient({ baseUrl: env.JAMBONZ_API_URL, accountSid: env.JAMBONZ_ACCOUNT_SID, apiKey: env.JAMBONZ_API_KEY });
  const { applicationSid } = await ensureNumberRouted(client, {
    number,
    applicationName: `Centrala: ${tenantName}`,
    callHook: { url: env.JAMBONZ_CALL_HOOK_URL, username: env.JAMBONZ_WS_USERNAME, password: env.JAMBONZ_WS_PASSWORD },
  });
  return `demo number ${number} routed on jambonz to application ${applicationSid}`;
}
