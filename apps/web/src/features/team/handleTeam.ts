import { changeMemberRole, createInvite, forTenant, listMembers, removeMember, revokeInvite, type Db } from "@centrala/db";
import { respondOk, type ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { consumeRateLimits } from "../auth/rateLimits";
import { respondRateLimited } from "../auth/respondRateLimited";
import { parseJsonBody } from "../api/parseJsonBody";
import { can } from "../auth/permissions";
import { respondDomainError } from "../workspace/respondDomainError";
import { sendWorkspaceEmail } from "./sendWorkspaceEmail";
import { changeRoleBodySchema, inviteBodySchema } from "./teamSchemas";

const notFound = (session: ApiSession, en: string, pl: string) => (session.locale === "pl" ? pl : en);

/** GET /api/team: the members (anyone in the organisation), and waiting invitations (for people managers). */
export async function handleListTeam(prisma: Db, session: ApiSession): Promise<ApiResult> {
  const { members, invites } = await listMembers(forTenant(prisma, session.tenantId));
  return respondOk({
    members: members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString(), isYou: m.userId === session.userId })),
    invites: can(session.role, "people.manage") ? invites.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString(), createdAt: i.createdAt.toISOString() })) : [],
  });
}

/** POST /api/team/invites: invites someone by e-mail (a single-use link valid 7 days, sent through the outbox). */
export async function handleInvite(prisma: Db, session: ApiSession, body: unknown, publicWebUrl: string): Promise<ApiResult> {
  const parsed = parseJsonBody(inviteBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  const verdict = await consumeRateLimits([["inviteByAccount", session.userId]]);
  if (!verdict.ok) return respondRateLimited(verdict.retryAfterSeconds, session.locale);
  try {
    const { invite, token } = await createInvite(prisma, { tenantId: session.tenantId, email: parsed.data.email, role: parsed.data.role, invitedBy: { userId: session.userId, role: session.role } });
    const [tenant, inviter] = await Promise.all([
      prisma.tenant.findUniqueOrThrow({ where: { id: session.tenantId }, select: { name: true, language: true, timezone: true } }),
      prisma.user.findUniqueOrThrow({ where: { id: session.userId }, select: { name: true } }),
    ]);
    await sendWorkspaceEmail(forTenant(prisma, session.tenantId), {
      to: invite.email, language: tenant.language,
      content: { kind: "invite", tenantName: tenant.name, inviterName: inviter.name, role: invite.role, link: `${publicWebUrl.replace(/\/$/, "")}/invite/${token}`, expiresAt: invite.expiresAt, timeZone: tenant.timezone },
    });
    return respondOk({ invite: { ...invite, expiresAt: invite.expiresAt.toISOString() } }, 201);
  } catch (error) {
    return respondDomainError(error, session.locale);
  }
}

/** DELETE /api/team/invites/[id]: withdraws a waiting invitation. */
export async function handleRevokeInvite(prisma: Db, session: ApiSession, inviteId: string): Promise<ApiResult> {
  try {
    await revokeInvite(forTenant(prisma, session.tenantId), { inviteId, userId: session.userId });
    return respondOk({ revoked: inviteId });
  } catch (error) {
    return respondDomainError(error, session.locale, notFound(session, "Invitation", "Zaproszenie"));
  }
}

/** PATCH /api/team/members/[id]: another role (the last owner keeps theirs). */
export async function handleChangeRole(prisma: Db, session: ApiSession, membershipId: string, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(changeRoleBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  try {
    return respondOk({ member: await changeMemberRole(prisma, { tenantId: session.tenantId, membershipId, role: parsed.data.role, actor: { userId: session.userId, role: session.role } }) });
  } catch (error) {
    return respondDomainError(error, session.locale, notFound(session, "Member", "Osoba"));
  }
}

/** DELETE /api/team/members/[id]: removes someone from the organisation (never the last owner). */
export async function handleRemoveMember(prisma: Db, session: ApiSession, membershipId: string): Promise<ApiResult> {
  try {
    return respondOk({ removed: await removeMember(prisma, { tenantId: session.tenantId, membershipId, actor: { userId: session.userId, role: session.role } }) });
  } catch (error) {
    return respondDomainError(error, session.locale, notFound(session, "Member", "Osoba"));
  }
}
