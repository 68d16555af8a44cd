import { createTenantWithOwner, DomainError, type Db } from "@centrala/db";
import type { Locale } from "../../i18n/locales";
import { convertIssuesToFieldErrors, type FieldErrors } from "../forms/convertIssuesToFieldErrors";
import { hashPassword } from "./passwordHash";
import { signUpSchema, type SignUpField } from "./signUpSchema";

export type SignUpResult =
  | { ok: true; tenantId: string; userId: string; email: string }
  | { ok: false; fieldErrors: FieldErrors<SignUpField> };

/** Signs a new organisation up: checks the form, hashes the password, creates the tenant and its owner. */
export async function signUp(prisma: Db, raw: Record<string, unknown>, locale: Locale): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: convertIssuesToFieldErrors<SignUpField>(parsed.error.issues) };
  const { tenantName, name, email, password } = parsed.data;
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
