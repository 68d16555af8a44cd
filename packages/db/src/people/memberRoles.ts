import type { Db } from "../createPrismaClient";
import { DomainError } from "../errors";
import { forTenant, SCOPED_TENANT } from "../forTenant";
import type { Role } from "../generated/prisma/enums";

type Actor = { userId: string; role: Role };

/**
 * Locks the tenant's owner memberships for the rest of the transaction, so two admins demoting
 * or removing the last two owners at the same moment are serialised and one of them is refused.
 */
async function lockOwners(tx: Pick<Db, "$queryRaw">, tenantId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Membership" WHERE "tenantId" = ${tenantId} AND "role" = 'owner' ORDER BY "id" FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Gives a member another role. The last owner keeps theirs; only an owner grants or takes the owner role. */
export async function changeMemberRole(prisma: Db, input: { tenantId: string; membershipId: string; role: Role; actor: Actor }) {
  return forTenant(prisma, input.tenantId).$transaction(async (tx) => {
    const owners = await lockOwners(tx, input.tenantId);
    const membership = await tx.membership.findFirst({ where: { id: input.membershipId }, select: { id: true, role: true, userId: true } });
    if (!membership) throw new DomainError("NOT_FOUND", "Member not found");
    if ((membership.role === "owner" || input.role === "owner") && input.actor.role !== "owner" && membership.role !== input.role) {
      throw new DomainError("OWNER_ONLY", "Only an owner can make someone an owner or take the owner role away");
    }
    if (membership.role === "owner" && input.role !== "owner" && owners.length === 1) {
      throw new DomainError("LAST_OWNER", "The organisation needs at least one owner: make someone else an owner first");
    }
    await tx.membership.updateMany({ where: { id: membership.id }, data: { role: input.role } });
    await tx.auditLog.create({ data: { tenantId: SCOPED_TENANT, userId: input.actor.userId, action: "member.role", entityType: "Membership", entityId: membership.id, data: { from: membership.role, to: input.role } } });
    return { id: membership.id, role: input.role };
  });
}

/**
 * Removes someone from the organisation (their account stays: they may belong to others). The
 * last owner cannot be removed; only an owner removes an owner. Their extensions stay, unlinked.
 */
export async function removeMember(prisma: Db, input: { tenantId: string; membershipId: string; actor: Actor }) {
  return forTenant(prisma, input.tenantId).$transaction(async (tx) => {
    const owners = await lockOwners(tx, input.tenantId);
    const membership = await tx.membership.findFirst({ where: { id: input.membershipId }, select: { id: true, role: true, userId: true } });
    if (!membership) throw new DomainError("NOT_FOUND", "Member not found");
    if (membership.role === "owner" && owners.length === 1) {
      throw new DomainError("LAST_OWNER", "The organisation needs at least one owner: make someone else an owner first");
    }
    if (membership.role === "owner" && input.actor.role !== "owner") throw new DomainError("OWNER_ONLY", "Only an owner can remove an owner");
    await tx.extension.updateMany({ where: { userId: membership.userId }, data: { userId: null } });
    await tx.voicemailRecipient.deleteMany({ where: { userId: membership.userId } });
    await tx.membership.deleteMany({ where: { id: membership.id } });
    await tx.auditLog.create({ data: { tenantId: SCOPED_TENANT, userId: input.actor.userId, action: "member.remove", entityType: "Membership", entityId: membership.id, data: { userId: membership.userId, role: membership.role } } });
    return { id: membership.id, userId: membership.userId };
  });
}
