import type { Db } from "./createPrismaClient";

export type RateLimitOptions = { limit: number; windowMs: number; now?: Date };
export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/**
 * Counts one attempt against each key (e.g. "email:x", "ip:y") in fixed windows kept in PostgreSQL,
 * so every web instance shares the counts. Refused when any key is over its limit.
 */
export async function consumeLoginAttempt(prisma: Db, keys: string[], opts: RateLimitOptions): Promise<RateLimitResult> {
  const now = opts.now ?? new Date();
  let retryAfterSeconds = 0;
  for (const key of keys) {
    const rows = await prisma.$queryRaw<{ count: number; window_start: Date }[]>`
      INSERT INTO "LoginAttempt" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "LoginAttempt"."windowStart" < ${new Date(now.getTime() - opts.windowMs)} THEN 1 ELSE "LoginAttempt"."count" + 1 END,
        "windowStart" = CASE WHEN "LoginAttempt"."windowStart" < ${new Date(now.getTime() - opts.windowMs)} THEN ${now} ELSE "LoginAttempt"."windowStart" END
      RETURNING "count" AS count, "windowStart" AS window_start`;
    const row = rows[0];
    if (row && row.count > opts.limit) {
      const wait = Math.ceil((row.window_start.getTime() + opts.windowMs - now.getTime()) / 1000);
      retryAfterSeconds = Math.max(retryAfterSeconds, wait, 1);
    }
  }
  return { allowed: retryAfterSeconds === 0, retryAfterSeconds };
}

/** Forgets the counts after a successful sign-in. */
export async function clearLoginAttempts(prisma: Db, keys: string[]): Promise<void> {
  await prisma.loginAttempt.deleteMany({ where: { key: { in: keys } } });
}
