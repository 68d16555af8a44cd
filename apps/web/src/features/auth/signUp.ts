import { createTenantWithOwner, DomainError, type Db } from "@centrala/db";
import type { Locale } from "../../i18n/locales";
import { convertIssuesToFieldErrors, type FieldErrors } from "../forms/convertIssuesToFieldErrors";
import { hashPassword } from "./passwordHash";
import { consumeRateLimits, toRateLimitKey } from "./rateLimits";
import { signUpSchema, type SignUpField } from "./signUpSchema";

export type SignUpResult =
  | { ok: true; tenantId: string; userId: string; email: string }
  | { ok: false; fieldErrors: FieldErrors<SignUpField> }
  | { ok: false; fieldErrors: FieldErrors<SignUpField>; retryAfterSeconds: number };

/**
 * Signs a new organisation up: checks the form, hashes the password, creates the tenant and its
 * owner. With `from` (the sign-up form always passes it), a well-formed attempt counts against the
 * address and the e-mail address (RATE_LIMITS.signUpBy*) before anything is created.
 */
export async function signUp(prisma: Db, raw: Record<string, unknown>, locale: Locale, from?: { address: string }): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: convertIssuesToFieldErrors<SignUpField>(parsed.error.issues) };
  const { tenantName, name, email, password } = parsed.data;
  if (from) {
    const verdict = await consumeRateLimits([["signUpByAddress", from.address], ["signUpByAccount", toRateLimitKey(email)]]);
    if (!verdict.ok) return { ok: false, fieldErrors: {}, retryAfterSeconds: verdict.retryAfterSeconds };
  }
  try {
    const passwordHash = await hashPassword(password);
    const { tenant, user } = await createTenantWithOwner(prisma, { tenantName, name, email, passwordHash, locale });
    return { ok: true, tenantId: tenant.id, userId: user.id, email: user.email };
  } catch (error) {
    if (error instanceof DomainError && error.code === "EMAIL_TAKEN") {
      return { ok: false, fieldErrors: { email: [{ key: "errors.emailTaken" }] } };
    }
    throw error;
  }
}
