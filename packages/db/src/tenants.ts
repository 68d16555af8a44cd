import { randomBytes } from "node:crypto";
import type { Db } from "./createPrismaClient";
import { DomainError } from "./errors";
import type { Role } from "./generated/prisma/enums";

export type SignUpInput = { tenantName: string; email: string; name: string; passwordHash: string; locale?: string };

function makeSipRealm(name: string): string {
  const slug = name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 24) || "tenant";
  return `${slug}-${randomBytes(3).toString("hex")}.sip.centrala.local`;
}

/** Signs a new organisation up: creates the tenant, its owner and the audit entry in one transaction. */
export async function createTenantWithOwner(prisma: Db, input: SignUpInput) {
  const email = input.email.trim().toLowerCase();
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
        throw new DomainError("EMAIL_TAKEN", `An account with ${email} already exists`);
      }
      const tenant = await tx.tenant.create({ data: { name: input.tenantName.trim(), sipRealm: makeSipRealm(input.tenantName) } });
      const user = await tx.user.create({ data: { email, name: input.name.trim(), passwordHash: input.passwordHash, locale: input.locale ?? "en" } });
      const membership = await tx.membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "owner" } });
      await tx.auditLog.create({ data: { tenantId: tenant.id, userId: user.id, action: "tenant.signup", entityType: "Tenant", entityId: tenant.id } });
      return { tenant, user, membership };
    });
  } catch (err) {
    // Two sign-ups racing for one email: the unique index decides, the loser gets the same clear error.
    if ((err as { code?: string }).code === "P2002") throw new DomainError("EMAIL_TAKEN", `An account with ${email} already exists`);
    throw err;
  }
}

export type LoginUser = {
  id: string; email: string; name: string; passwordHash: string; locale: string;
  memberships: { tenantId: string; role: Role; tenantName: string }[];
};

/** Finds the person signing in with their tenants, or null. */
export async function findUserForLogin(prisma: Db, email: string): Promise<LoginUser | null> {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    include: { memberships: { include: { tenant: { select: { name: true } } }, orderBy: { createdAt: "asc" } } },
  });
  if (!user) return null;
  return {
    id: user.id, email: user.email, name: user.name, passwordHash: user.passwordHash, locale: user.locale,
    memberships: user.memberships.map((m) => ({ tenantId: m.tenantId, role: m.role, tenantName: m.tenant.name })),
  };
}

/** Remembers the person's language choice. */
export async function setUserLocale(prisma: Db, userId: string, locale: "en" | "pl"): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { locale } });
}

/** The tenant row for a tenant id (the tenant itself is not reachable through forTenant). */
export async function getTenant(prisma: Db, tenantId: string) {
  return prisma.tenant.findUnique({ where: { id: tenantId } });
}
