import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string({ error: "DATABASE_URL is not set: the runtime needs the Centrala database" }).regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  RUNTIME_PORT: z.coerce.number().int().min(0).max(65535).default(3200),
  RUNTIME_HOST: z.string().default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type RuntimeEnv = z.infer<typeof envSchema>;

/** Reads the runtime's settings once, with errors that name the variable at fault. */
export function readRuntimeEnv(env: Record<string, string | undefined> = process.env): RuntimeEnv {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new Error(`The runtime's settings are invalid:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
