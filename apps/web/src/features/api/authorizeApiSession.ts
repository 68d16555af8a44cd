import { forTenant, readMembership, type Db } from "@centrala/db";
import { createAppTranslator } from "../../i18n/createAppTranslator";
import type { Locale } from "../../i18n/locales";
import { can, type Permission } from "../auth/permissions";
import { respondError, type ApiResult } from "./apiResult";
import type { ApiSession } from "./ApiSession";
import { respondNoPermission } from "./respondNoPermission";

/** Who the session token says is asking (null when signed out). */
export type ApiClaims = { userId: string; tenantId: string; locale: Locale } | null;

/**
 * The gate in front of every signed-in API route: the membership is read from the database on
 * every request (a removed person or a changed role counts at once, not when the token expires),
 * then the permission table decides. 401 signed out or no longer a member; 403 naming what the
 * role does not allow, in the person's language.
 */
export async function authorizeApiSession(
  prisma: Db, claims: ApiClaims, permission: Permission, fallbackLocale: Locale = "en",
): Promise<{ ok: true; session: ApiSession } | { ok: false; result: ApiResult }> {
  const t = createAppTranslator(claims?.locale ?? fallbackLocale);
  if (!claims) return { ok: false, result: respondError(401, "UNAUTHORIZED", t("permissions.signInFirst")) };
  const membership = await readMembership(forTenant(prisma, claims.tenantId), claims.userId);
  if (!membership) return { ok: false, result: respondError(401, "MEMBERSHIP_ENDED", t("permissions.membershipEnded")) };
  if (!can(membership.role, permission)) return { ok: false, result: respondNoPermission({ role: membership.role, locale: claims.locale }, permission) };
  return { ok: true, session: { userId: claims.userId, tenantId: claims.tenantId, role: membership.role, locale: claims.locale } };
}
