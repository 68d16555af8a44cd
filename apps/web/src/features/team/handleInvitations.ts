import { acceptInvite, describeInvite, refuseInvite, type Db } from "@centrala/db";
import { respondOk, type ApiResult } from "../api/apiResult";
import { parseJsonBody } from "../api/parseJsonBody";
import { hashPassword, verifyPassword } from "../auth/passwordHash";
import { consumeRateLimits, toRateLimitKey } from "../auth/rateLimits";
import { respondRateLimited } from "../auth/respondRateLimited";
import type { Locale } from "../../i18n/locales";
import { respondDomainError } from "../workspace/respondDomainError";
import { acceptInviteAsNewBodySchema, acceptInviteBodySchema } from "./teamSchemas";

/** GET /api/invites/[token] (signed out): where the link leads, or why it no longer works. */
export async function handleDescribeInvite(prisma: Db, token: string, locale: Locale): Promise<ApiResult> {
  const invite = await describeInvite(prisma, token);
  if (invite.state !== "valid") return respondDomainError(refuseInvite(invite.state), locale);
  return respondOk({ invite: { email: invite.email, role: invite.role, organisation: invite.tenantName, expiresAt: invite.expiresAt?.toISOString(), hasAccount: Boolean(invite.existingUser) } });
}

/**
 * POST /api/invites/[token]/accept (signed out): a new person sets a name and password; someone
 * who already has an account (in another organisation) confirms with its password. Then they
 * sign in as usual.
 */
export async function handleAcceptInvite(prisma: Db, token: string, body: unknown, locale: Locale): Promise<ApiResult> {
  const parsed = parseJsonBody(acceptInviteBodySchema, body, locale);
  if (!parsed.ok) return parsed.result;
  const invite = await describeInvite(prisma, token);
  try {
    if (invite.state !== "valid") throw refuseInvite(invite.state);
    if (invite.existingUser) {
      // The link asks for an existing account's password: as limited as signing in.
      const verdict = await consumeRateLimits([["inviteAcceptByInvite", toRateLimitKey(token)]]);
      if (!verdict.ok) return respondRateLimited(verdict.retryAfterSeconds, locale);
      if (!(await verifyPassword(invite.existingUser.passwordHash, parsed.data.password))) {
        return { status: 400, body: { error: { code: "WRONG_PASSWORD", message: locale === "pl" ? "To nie jest hasło tego konta." : "That is not this account's password.", issues: [{ path: "password", message: "wrong password" }] } } };
      }
      const joined = await acceptInvite(prisma, { token, existingUserId: invite.existingUser.id });
      return respondOk({ joined: { email: joined.email, role: joined.role } }, 201);
    }
    const asNew = parseJsonBody(acceptInviteAsNewBodySchema, body, locale);
    if (!asNew.ok) return asNew.result;
    const joined = await acceptInvite(prisma, { token, newUser: { name: asNew.data.name, passwordHash: await hashPassword(asNew.data.password), locale } });
    return respondOk({ joined: { email: joined.email, role: joined.role } }, 201);
  } catch (error) {
    return respondDomainError(error, locale);
  }
}
