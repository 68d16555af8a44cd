import type { Db } from "../createPrismaClient";
import { DomainError } from "../errors";
import { forTenant, SCOPED_TENANT, type TenantDb } from "../forTenant";
import type { Role } from "../generated/prisma/enums";
import { createSecretToken, hashSecretToken } from "../tokens/createSecretToken";

/** How long an invitation link works. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export type CreateInviteInput = { tenantId: string; email: string; role: Role; invitedBy: { userId: string; role: Role }; now?: Date };

/**
 * Invites someone by e-mail. Refused for a person who is already a member; only an owner may
 * invite another owner. A new invitation to the same address replaces the older link.
 * Returns the token for the e-mail (only its hash is stored).
 */
export async function createInvite(prisma: Db, input: CreateInviteInput) {
  const email = input.email.trim().toLowerCase();
  const now = input.now ?? new Date();
  if (input.role === "owner" && input.invitedBy.role !== "owner") {
    throw new DomainError("OWNER_ONLY", "Only an owner can invite another owner");
  }
  const db = forTenant(prisma, input.tenantId);
  const member = await db.membership.findFirst({ where: { user: { email } }, select: { id: true } });
  if (member) throw new DomainError("ALREADY_MEMBER", `${email} is already a member of this organisation`, { email });
  const { token, tokenHash } = createSecretToken();
  const invite = await db.$transaction(async (tx) => {
    await tx.invite.updateMany({ where: { email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const created = await tx.invite.create({
      data: { tenantId: SCOPED_TENANT, email, role: input.role, tokenHash, invitedById: input.invitedBy.userId, expiresAt: new Date(now.getTime() + INVITE_LIFETIME_MS) },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await tx.auditLog.create({ data: { tenantId: SCOPED_TENANT, userId: input.invitedBy.userId, action: "member.invite", entityType: "Invite", entityId: created.id, data: { email, role: input.role } } });
    return created;
  });
  return { invite, token };
}

export type InviteState = "valid" | "expired" | "used" | "revoked" | "unknown";

/** What an invitation link leads to, without using it up (the accept page shows this first). */
export async function describeInvite(prisma: Db, token: string, now = new Date()) {
  const invite = await prisma.invite.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, tenant: { select: { id: true, name: true, language: true } } },
  });
  if (!invite) return { state: "unknown" as InviteState };
  const state: InviteState = invite.acceptedAt ? "used" : invite.revokedAt ? "revoked" : invite.expiresAt <= now ? "expired" : "valid";
  const existingUser = await prisma.user.findUnique({ where: { email: invite.email }, select: { id: true, passwordHash: true } });
  return {
    state, email: invite.email, role: invite.role, tenantId: invite.tenant.id, tenantName: invite.tenant.name, tenantLanguage: invite.tenant.language,
    expiresAt: invite.expiresAt, existingUser,
  };
}

const refusals: Record<Exclude<InviteState, "valid">, () => DomainError> = {
  unknown: () => new DomainError("TOKEN_INVALID", "This invitation link is not valid: check that it was copied whole"),
  expired: () => new DomainError("TOKEN_EXPIRED", "This invitation has expired: ask for a new one"),
  used: () => new DomainError("TOKEN_USED", "This invitation was already used: sign in instead"),
  revoked: () => new DomainError("TOKEN_USED", "This invitation was replaced or withdrawn: use the newest link or ask for a new one"),
};

/** Turns an invite state other than "valid" into the error that explains it. */
export function refuseInvite(state: Exclude<InviteState, "valid">): DomainError {
  return refusals[state]();
}

export type AcceptInviteInput =
  | { token: string; newUser: { name: string; passwordHash: string; locale: string } }
  | { token: string; existingUserId: string };

/**
 * Uses an invitation: one conditional UPDATE marks it accepted (so two tabs cannot both use it),
 * then the person is created (or, if they already have an account whose password the caller
 * checked, found) and becomes a member with the invited role, all in one transaction.
 */
export async function acceptInvite(prisma: Db, input: AcceptInviteInput, now = new Date()) {
  const tokenHash = hashSecretToken(input.token);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.invite.updateMany({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    const invite = await tx.invite.findUnique({ where: { tokenHash }, select: { id: true, tenantId: true, email: true, role: true, acceptedAt: true, revokedAt: true, expiresAt: true } });
    if (count === 0 || !invite) {
      const state: Exclude<InviteState, "valid"> = !invite ? "unknown" : invite.revokedAt ? "revoked" : invite.acceptedAt ? "used" : "expired";
      throw refuseInvite(state);
    }
    let userId: string;
    if ("existingUserId" in input) {
      const user = await tx.user.findUnique({ where: { id: input.existingUserId }, select: { id: true, email: true } });
      if (!user || user.email !== invite.email) throw new DomainError("TOKEN_INVALID", "This invitation was sent to another address");
      userId = user.id;
    } else {
      if (await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } })) {
        throw new DomainError("EMAIL_TAKEN", `${invite.email} already has an account: enter its password to join`);
      }
      const user = await tx.user.create({ data: { email: invite.email, name: input.newUser.name.trim(), passwordHash: input.newUser.passwordHash, locale: input.newUser.locale } });
      userId = user.id;
    }
    if (await tx.membership.findFirst({ where: { tenantId: invite.tenantId, userId }, select: { id: true } })) {
      throw new DomainError("ALREADY_MEMBER", `${invite.email} is already a member of this organisation`);
    }
    const membership = await tx.membership.create({ data: { tenantId: invite.tenantId, userId, role: invite.role } });
    await tx.auditLog.create({ data: { tenantId: invite.tenantId, userId, action: "member.join", entityType: "Membership", entityId: membership.id, data: { inviteId: invite.id, role: invite.role } } });
    return { tenantId: invite.tenantId, userId, membershipId: membership.id, role: invite.role, email: invite.email };
  });
}

/** Withdraws a waiting invitation of the tenant (its link stops working). */
export async function revokeInvite(db: TenantDb, input: { inviteId: string; userId: string }) {
  const { count } = await db.invite.updateMany({ where: { id: input.inviteId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw new DomainError("NOT_FOUND", "Invitation not found");
  await db.auditLog.create({ data: { tenantId: SCOPED_TENANT, userId: input.userId, action: "member.invite.revoke", entityType: "Invite", entityId: input.inviteId } });
}
