import { createPasswordReset, PASSWORD_RESET_LIFETIME_MS, readPasswordHash, resetPasswordWithToken, setPassword, type Db } from "@centrala/db";
import { respondError, respondOk, type ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { parseJsonBody } from "../api/parseJsonBody";
import { hashPassword, verifyPassword } from "../auth/passwordHash";
import { consumeRateLimits, toRateLimitKey } from "../auth/rateLimits";
import { respondRateLimited } from "../auth/respondRateLimited";
import type { Locale } from "../../i18n/locales";
import { respondDomainError } from "../workspace/respondDomainError";
import { sendWorkspaceEmail } from "./sendWorkspaceEmail";
import { changePasswordBodySchema, requestResetBodySchema, resetPasswordBodySchema } from "./teamSchemas";

/**
 * POST /api/password-reset (signed out): e-mails a single-use link valid for an hour. Answers the
 * same whether or not the address has an account, so the form does not reveal who is a user; the
 * e-mails asked for one address are limited (RATE_LIMITS.resetRequestByAccount) whether or not it
 * has an account, so the limit reveals nothing either. Per client address: see the proxy.
 */
export async function handleRequestPasswordReset(prisma: Db, body: unknown, locale: Locale, publicWebUrl: string): Promise<ApiResult> {
  const parsed = parseJsonBody(requestResetBodySchema, body, locale);
  if (!parsed.ok) return parsed.result;
  const answer = respondOk({ sent: true, message: locale === "pl" ? "Jeśli ten adres ma konto, wysłaliśmy na niego link do ustawienia hasła." : "If this address has an account, a link to set a new password is on its way." }, 202);
  const verdict = await consumeRateLimits([["resetRequestByAccount", toRateLimitKey(parsed.data.email)]]);
  if (!verdict.ok) return respondRateLimited(verdict.retryAfterSeconds, locale);
  const reset = await createPasswordReset(prisma, parsed.data.email);
  if (reset) {
    await sendWorkspaceEmail(prisma, {
      to: reset.user.email, language: reset.user.locale, tenantId: reset.user.tenantId,
      content: { kind: "passwordReset", name: reset.user.name, link: `${publicWebUrl.replace(/\/$/, "")}/reset-password/${reset.token}`, validMinutes: PASSWORD_RESET_LIFETIME_MS / 60_000 },
    });
  }
  return answer;
}

/** POST /api/password-reset/[token] (signed out): sets the new password; the link then stops working. */
export async function handleResetPassword(prisma: Db, token: string, body: unknown, locale: Locale): Promise<ApiResult> {
  const parsed = parseJsonBody(resetPasswordBodySchema, body, locale);
  if (!parsed.ok) return parsed.result;
  try {
    await resetPasswordWithToken(prisma, { token, passwordHash: await hashPassword(parsed.data.password) });
    return respondOk({ reset: true });
  } catch (error) {
    return respondDomainError(error, locale);
  }
}

/**
 * POST /api/account/password: a signed-in person changes their password, giving the current one.
 * Every other browser signed in as them signs in again; `currentSessionId` (this browser) stays.
 */
export async function handleChangePassword(prisma: Db, session: ApiSession, body: unknown, currentSessionId: string | null = null): Promise<ApiResult> {
  const parsed = parseJsonBody(changePasswordBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  const current = await readPasswordHash(prisma, session.userId);
  if (!current || !(await verifyPassword(current, parsed.data.currentPassword))) {
    return respondError(400, "WRONG_PASSWORD", session.locale === "pl" ? "Obecne hasło jest nieprawidłowe." : "The current password is wrong.", [{ path: "currentPassword", message: "wrong password" }]);
  }
  const signedOut = await setPassword(prisma, { userId: session.userId, passwordHash: await hashPassword(parsed.data.newPassword), keepSessionId: currentSessionId });
  return respondOk({ changed: true, signedOut });
}
