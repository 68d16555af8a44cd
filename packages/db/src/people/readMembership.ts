import type { TenantDb } from "../forTenant";

/**
 * A person's membership of the tenant as it is now (role and organisation name), or null once they
 * were removed. Read on every request, so a changed role or a removal takes effect at once.
 */
export async function readMembership(db: TenantDb, userId: string) {
  const membership = await db.membership.findFirst({
    where: { userId },
    select: { role: true, tenant: { select: { name: true } } },
  });
  return membership ? { role: membership.role, tenantName: membership.tenant.name } : null;
}
