import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./createPrismaClient";
import { createTenantWithOwner, findUserForLogin, setUserLocale } from "./tenants";
import { createTestTenant } from "./testing/createTestTenant";

let prisma: Db;
beforeAll(() => { prisma = createPrismaClient(undefined, 3); });
afterAll(async () => prisma.$disconnect());

describe("sign-up", () => {
  it("creates the tenant with the person as its owner, and finds them by email in any case", async () => {
    const { tenant, user } = await createTestTenant(prisma, "Owner");
    const found = await findUserForLogin(prisma, user.email.toUpperCase());
    expect(found?.memberships).toEqual([{ tenantId: tenant.id, role: "owner", tenantName: tenant.name }]);
    expect(tenant.sipRealm).toMatch(/\.sip\.centrala\.local$/);
  });

  it("refuses a taken email, even when two sign-ups race", async () => {
    const { user } = await createTestTenant(prisma, "Taken");
    await expect(createTenantWithOwner(prisma, { tenantName: "Other", email: user.email, name: "X", passwordHash: "h" }))
      .rejects.toMatchObject({ code: "EMAIL_TAKEN" });
    const email = `race-${Date.now()}@example.test`;
    const results = await Promise.allSettled([0, 1, 2].map((i) =>
      createTenantWithOwner(prisma, { tenantName: `Race ${i}`, email, name: "R", passwordHash: "h" })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "EMAIL_TAKEN" });
  });

  it("remembers the language", async () => {
    const { user } = await createTestTenant(prisma, "Lang");
    await setUserLocale(prisma, user.id, "pl");
    expect((await findUserForLogin(prisma, user.email))?.locale).toBe("pl");
  });
});
