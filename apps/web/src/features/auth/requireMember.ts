import "server-only";
import { cache } from "react";
import { forbidden } from "next/navigation";
import { forTenant, getPrisma, readMembership, type Role } from "@centrala/db";
import type { Locale } from "@/i18n/locales";
import { requireSession } from "./requireSession";

/** The signed-in person as a member of their organisation right now (role read from the database). */
export type MemberSession = {
  userId: string; tenantId: string; tenantName: string; role: Role; locale: Locale;
  name: string; email: string;
};

/**
 * For pages and server actions: the member, with their current role. Signed out → /login; no longer
 * a member (removed since signing in) → the "no access" page, which offers to sign out.
 * Read once per request however many components ask.
 */
export const requireMember = cache(async (): Promise<MemberSession> => {
  const session = await requireSession();
  const membership = await readMembership(forTenant(getPrisma(), session.tenantId), session.userId);
  if (!membership) forbidden();
  return {
    userId: session.userId, tenantId: session.tenantId, tenantName: membership.tenantName, role: membership.role,
    locale: session.locale, name: session.user?.name ?? "", email: session.user?.email ?? "",
  };
});
