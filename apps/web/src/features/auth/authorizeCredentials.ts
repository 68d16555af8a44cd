import { findUserForLogin, type Db, type Role } from "@centrala/db";
import { defaultLocale, isLocale, type Locale } from "../../i18n/locales";
import { verifyAgainstDummyHash, verifyPassword } from "./passwordHash";
import {
  clearRateLimit, consumeRateLimits, hasRateLimitKey, rememberRateLimitKey, rewardRateLimit, toRateLimitKey, type RateLimitName,
} from "./rateLimits";

/** What the session carries about the signed-in person and the tenant they work in. */
export type SessionUser = {
  id: string; email: string; name: string; tenantId: string; tenantName: string; role: Role; locale: Locale;
};

export type AuthorizeResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Checks an email and password. Every attempt counts before the password is looked at, so
 * guessing is limited even for unknown emails; a wrong email and a wrong password give the same
 * answer. Limits: per address, per address+account, and per account only for addresses that
 * never signed in to it (see RATE_LIMITS), so strangers cannot lock the owner out.
 */
export async function authorizeCredentials(
  prisma: Db, input: { email: string; password: string; ip: string },
): Promise<AuthorizeResult> {
  const email = input.email.trim().toLowerCase();
  const account = toRateLimitKey(email);
  const addressAndAccount = `${input.ip}|${account}`;
  const known = await hasRateLimitKey("knownAddress", addressAndAccount);
  const limits: [RateLimitName, string][] = [["signInByAddress", input.ip], ["signInByAddressAndAccount", addressAndAccount]];
  if (!known) limits.push(["signInByAccount", account]);
  const verdict = await consumeRateLimits(limits);
  if (!verdict.ok) return { ok: false, reason: "rate_limited", retryAfterSeconds: verdict.retryAfterSeconds };

  const user = await findUserForLogin(prisma, email);
  if (!user) {
    await verifyAgainstDummyHash(input.password);
    return { ok: false, reason: "invalid" };
  }
  // People join one tenant at sign-up; with several, the oldest membership is the default.
  const membership = user.memberships[0];
  if (!membership || !(await verifyPassword(user.passwordHash, input.password))) return { ok: false, reason: "invalid" };

  // A success is not an attack: give the attempt back and remember the address for this account.
  await Promise.all([
    clearRateLimit("signInByAddressAndAccount", addressAndAccount),
    rewardRateLimit("signInByAddress", input.ip),
    known ? Promise.resolve() : rewardRateLimit("signInByAccount", account),
    rememberRateLimitKey("knownAddress", addressAndAccount),
  ]);
  return {
    ok: true,
    user: {
      id: user.id, email: user.email, name: user.name, tenantId: membership.tenantId, tenantName: membership.tenantName,
      role: membership.role, locale: isLocale(user.locale) ? user.locale : defaultLocale,
    },
  };
}
