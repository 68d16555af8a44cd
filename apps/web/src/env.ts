import { z } from "zod";
import { readMediaEnv, type MediaSettings } from "@centrala/media";

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
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The validated environment; throws an error naming every missing or invalid variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
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
