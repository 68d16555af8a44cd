import { z } from "zod";

const databaseUrlSchema = z
  .string({ error: "DATABASE_URL is not set. Run through `npm start` / `npm test`, or set DATABASE_URL=postgresql://user@host:5432/db" })
  .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://");

/** Reads and checks DATABASE_URL: the one place packages/db looks at the environment. */
export function readDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  const parsed = databaseUrlSchema.safeParse(env.DATABASE_URL);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "DATABASE_URL is invalid");
  return parsed.data;
}
