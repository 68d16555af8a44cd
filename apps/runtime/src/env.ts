import { z } from "zod";
import { readMediaEnv, type MediaSettings } from "@centrala/media";

const envSchema = z.object({
  DATABASE_URL: z.string({ error: "DATABASE_URL is not set: the runtime needs the Centrala database" }).regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  RUNTIME_PORT: z.coerce.number().int().min(0).max(65535).default(3200),
  RUNTIME_HOST: z.string().default("127.0.0.1"),
  /** The credentials jambonz's application call_hook sends (HTTP Basic on the WebSocket upgrade). */
  JAMBONZ_WS_USERNAME: z.string().min(1).default("jambonz"),
  JAMBONZ_WS_PASSWORD: z.string({ error: "JAMBONZ_WS_PASSWORD is not set: jambonz must authenticate to the runtime" }).min(12, "JAMBONZ_WS_PASSWORD must be at least 12 characters"),
  /** Signs the audio-stream grants the runtime hands to jambonz. */
  RUNTIME_SECRET: z.string({ error: "RUNTIME_SECRET is not set" }).min(16, "RUNTIME_SECRET must be at least 16 characters"),
  /** How jambonz reaches this runtime (for audio streams); defaults to the listening address. */
  RUNTIME_PUBLIC_WS_URL: z.string().regex(/^wss?:\/\//, "RUNTIME_PUBLIC_WS_URL must start with ws:// or wss://").optional(),
  /**
   * The origin jambonz fetches prompt audio from (`<origin>/api/prompt-audio/...`): this runtime's
   * own HTTP server. Defaults to the host of RUNTIME_PUBLIC_WS_URL, else the listening address.
   */
  MEDIA_PUBLIC_URL: z.url({ error: "MEDIA_PUBLIC_URL must be a full URL such as https://voice.example.com" }).optional(),
  /** Networks (CIDR, comma-separated) the HTTP step may reach although they are internal, e.g. "10.1.0.0/16". Default: none. */
  OUTBOUND_ALLOW_NETWORKS: z.string().default("").transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean)),
  /** How long a flow's web request may run before the caller hears "one moment" (ms). */
  HTTP_WAIT_MESSAGE_AFTER_MS: z.coerce.number().int().min(0).max(4000).default(1000),
  /** How long a call may go unheard (socket closed without a reconnect, or its instance gone) before it is closed as lost. */
  CALL_REAP_GRACE_MS: z.coerce.number().int().min(1000).default(30_000),
  /** This instance's name for the others (default: host name, process id and a random part). */
  RUNTIME_INSTANCE_ID: z.string().min(1).max(100).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** jambonz's REST API (all three or none): the call centre rings agents through it. */
  JAMBONZ_API_URL: z.url({ error: "JAMBONZ_API_URL must be a full URL such as https://jambonz.example.com/v1" }).optional(),
  JAMBONZ_ACCOUNT_SID: z.string().min(1).optional(),
  JAMBONZ_API_KEY: z.string().min(1).optional(),
  /**
   * This runtime's HTTP origin as jambonz reaches it (agent legs' status webhook, the account's
   * queue events). Defaults to the origin of RUNTIME_PUBLIC_WS_URL, else the listening address.
   */
  RUNTIME_PUBLIC_HTTP_URL: z.url({ error: "RUNTIME_PUBLIC_HTTP_URL must be a full URL such as https://voice.example.com" }).optional(),
}).superRefine((env, ctx) => {
  const names = ["JAMBONZ_API_URL", "JAMBONZ_ACCOUNT_SID", "JAMBONZ_API_KEY"] as const;
  const given = names.filter((name) => env[name] !== undefined);
  if (given.length > 0 && given.length < names.length) {
    for (const name of names.filter((n) => env[n] === undefined)) ctx.addIssue({ code: "custom", path: [name], message: `${name} is not set: set all of ${names.join(", ")} for the call centre to ring agents, or none` });
  }
});

export type RuntimeEnv = z.infer<typeof envSchema> & { media: MediaSettings };

/** Reads the runtime's settings once, with errors that name the variable at fault. */
export function readRuntimeEnv(env: Record<string, string | undefined> = process.env): RuntimeEnv {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new Error(`The runtime's settings are invalid:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, media: readMediaEnv(env) };
}
