import {
  clearLoginAttempts, consumeLoginAttempt, findUserForLogin, releaseLoginAttempt, type Db, type Role,
} from "@centrala/db";
import { defaultLocale, isLocale, type Locale } from "../../i18n/locales";
import { verifyAgainstDummyHash, verifyPassword } from "./passwordHash";

/** Sign-in limits: failed attempts per email and per IP address in a fixed 15-minute window. */
export const LOGIN_LIMITS = { perEmail: 5, perIp: 20, windowMs: 15 * 60_000 } as const;

/** What the session carries about the signed-in person and the tenant they work in. */
export type SessionUser = {
  id: string; email: string; name: string; tenantId: string; tenantName: string; role: Role; locale: Locale;
};

export type AuthorizeResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Checks an email and password. Every attempt counts against the email and the IP before the
 * password is looked at, so guessing is limited even for unknown emails; a wrong email and a
 * wrong password give the same answer.
 */
export async function authorizeCredentials(
  prisma: Db, input: { email: string; password: string; ip: string },
): Promise<AuthorizeResult> {
  const email = input.email.trim().toLowerCase();
  const emailKey = `email:${email}`;
  const ipKey = `ip:${input.ip}`;
  const windowMs = LOGIN_LIMITS.windowMs;
  const byEmail = await consumeLoginAttempt(prisma, [emailKey], { limit: LOGIN_LIMITS.perEmail, windowMs });
  const byIp = await consumeLoginAttempt(prisma, [ipKey], { limit: LOGIN_LIMITS.perIp, windowMs });
  if (!byEmail.allowed || !byIp.allowed) {
    return { ok: false, reason: "rate_limited", retryAfterSeconds: Math.max(byEmail.retryAfterSeconds, byIp.retryAfterSeconds) };
  }

  const user = await findUserForLogin(prisma, email);
  if (!user) {
    await verifyAgainstDummyHash(input.password);
    return { ok: false, reason: "invalid" };
  }
  // People join one tenant at sign-up; with several, the oldest membership is the default.
  const membership = user.memberships[0];
  if (!membership || !(await verifyPassword(user.passwordHash, input.password))) return { ok: false, reason: "invalid" };

  await clearLoginAttempts(prisma, [emailKey]);
  await releaseLoginAttempt(prisma, [ipKey]);
  return {
    ok: true,
    user: {
      id: user.id, email: user.email, name: user.name, tenantId: membership.tenantId, tenantName: membership.tenantName,
      role: membership.role, locale: isLocale(user.locale) ? user.locale : defaultLocale,
    },
  };
}
