import { z } from "zod";
import { readMediaEnv, type MediaSettings } from "@centrala/media";

const envSchema = z.object({
  DATABASE_URL: z.string({ error: "DATABASE_URL is not set: the worker needs the Centrala database" }).regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  /** SMTP server for outgoing e-mail, e.g. smtps://user:password@smtp.example.com:465. Unset: e-mail stays in the outbox (development). */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://, e.g. smtps://user:password@smtp.example.com:465").optional(),
  MAIL_FROM: z.string().min(3, "MAIL_FROM must be an address such as Centrala <no-reply@example.com>").default("Centrala <no-reply@centrala.local>"),
  /** Where people open the web app (links in e-mails). */
  PUBLIC_WEB_URL: z.url({ error: "PUBLIC_WEB_URL must be a full URL such as https://centrala.example.com" }).default("http://localhost:3000"),
});

export type WorkerEnv = z.infer<typeof envSchema>;

/** Reads the worker's settings once, with errors that name the variable at fault. */
export function readWorkerEnv(env: Record<string, string | undefined> = process.env): WorkerEnv {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`The worker's settings are invalid:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** The media store's settings (the same variables as the web app and the runtime), for the recordings purge. */
export function readWorkerMediaSettings(env: Record<string, string | undefined> = process.env): MediaSettings {
  return readMediaEnv(env);
}
