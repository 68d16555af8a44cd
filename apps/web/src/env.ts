import { z } from "zod";
import { readMediaEnv, type MediaSettings } from "@centrala/media";
import { parseNetwork } from "./features/security/clientAddress";

// The one place the web app reads its environment. Parsed on first use (not at import time) so
// `next build` works without secrets; the server fails on its first request with a message that
// names the missing variable.
const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/centrala)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  AUTH_SECRET: z
    .string({ error: "AUTH_SECRET is not set (generate one with `openssl rand -base64 32`)" })
    .min(16, "AUTH_SECRET is too short: use at least 16 characters (`openssl rand -base64 32`)"),
  AUTH_URL: z.url({ error: "AUTH_URL must be a full URL such as http://localhost:3000" }).optional(),
  RUNTIME_URL: z.url({ error: "RUNTIME_URL must be a full URL such as http://127.0.0.1:3200" }).default("http://127.0.0.1:3200"),
  /** Where a browser reaches the runtime's jambonz WebSocket (test calls from the editor). */
  TEST_CALL_WS_URL: z
    .string()
    .regex(/^wss?:\/\//, "TEST_CALL_WS_URL must start with ws:// or wss://, e.g. ws://127.0.0.1:3200/jambonz")
    .default("ws://127.0.0.1:3200/jambonz"),
  /** jambonz REST API base, e.g. https://jambonz.example.com/v1 (numbers are provisioned there). All three or none: none skips provisioning. */
  JAMBONZ_API_URL: z.url({ error: "JAMBONZ_API_URL must be the jambonz REST API's address, e.g. https://jambonz.example.com/v1" }).optional(),
  JAMBONZ_ACCOUNT_SID: z.string().min(1, "JAMBONZ_ACCOUNT_SID must be the platform's jambonz account sid").optional(),
  JAMBONZ_API_KEY: z.string().min(1, "JAMBONZ_API_KEY must be an API key of the platform's jambonz account").optional(),
  /** The carrier (SIP trunk) new numbers arrive on, when the jambonz account has several. */
  JAMBONZ_VOIP_CARRIER_SID: z.string().min(1).optional(),
  /** The runtime's jambonz WebSocket as jambonz reaches it: each tenant's application call_hook. */
  JAMBONZ_CALL_HOOK_URL: z.string().regex(/^wss?:\/\//, "JAMBONZ_CALL_HOOK_URL must start with ws:// or wss://, e.g. wss://runtime.example.com/jambonz").default("ws://127.0.0.1:3200/jambonz"),
  /** The Basic credentials jambonz sends to the runtime (the same as the runtime's). */
  JAMBONZ_WS_USERNAME: z.string().min(1).default("jambonz"),
  JAMBONZ_WS_PASSWORD: z.string().min(12, "JAMBONZ_WS_PASSWORD must be at least 12 characters (the runtime's)").optional(),
  /** Set: e-mail goes out through SMTP (the worker) and the development outbox route is off. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://").optional(),
  /**
   * Reverse proxies / load balancers in front of the web app (addresses or CIDR networks,
   * comma-separated). Only their X-Forwarded-For/-Host/-Proto are believed; unset: none, and the
   * socket's address is the client's.
   */
  TRUSTED_PROXIES: z.string().optional().superRefine((list, ctx) => {
    for (const entry of (list ?? "").split(",").map((part) => part.trim()).filter(Boolean)) {
      try {
        parseNetwork(entry);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `TRUSTED_PROXIES: ${(error as Error).message}` });
      }
    }
  }),
  /** Where people open the web app: links in invitations and password resets. */
  PUBLIC_WEB_URL: z.url({ error: "PUBLIC_WEB_URL must be a full URL such as https://centrala.example.com" }).optional(),
  /** "1": signed-in people can open /ui-kit, every UI kit component on one page (development, accessibility test). */
  UI_KIT_PAGE: z.enum(["0", "1"], { error: "UI_KIT_PAGE must be 1 (show /ui-kit) or 0" }).default("0"),
}).superRefine((env, ctx) => {
  const jambonz = [env.JAMBONZ_API_URL, env.JAMBONZ_ACCOUNT_SID, env.JAMBONZ_API_KEY];
  if (jambonz.some(Boolean) && !jambonz.every(Boolean)) {
    const missing = (["JAMBONZ_API_URL", "JAMBONZ_ACCOUNT_SID", "JAMBONZ_API_KEY"] as const).filter((name) => !env[name]);
    ctx.addIssue({ code: "custom", message: `jambonz is half configured: set ${missing.join(" and ")} too (or none of the three)` });
  }
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The validated environment; throws an error naming every missing or invalid variable. */
export function getEnv(): Env {
  if (cached) return cached;
  // An empty variable counts as unset (shells and .env files often leave them empty).
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.message}`);
    throw new Error(`The web app's environment is incomplete:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

let media: MediaSettings | undefined;

/** Media storage, URL signing key and upload caps (MEDIA_*, S3_*; see packages/media). */
export function getMediaSettings(): MediaSettings {
  media ??= readMediaEnv(process.env);
  return media;
}
