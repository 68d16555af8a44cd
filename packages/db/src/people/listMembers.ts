import type { TenantDb } from "../forTenant";

/** The tenant's people with their roles (oldest first) and the invitations still waiting. */
export async function listMembers(db: TenantDb, now = new Date()) {
  const [memberships, invites] = await Promise.all([
    db.membership.findMany({
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.invite.findMany({
      where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return {
    members: memberships.map((m) => ({ id: m.id, userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role, joinedAt: m.createdAt })),
    invites,
  };
}
