import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./createPrismaClient";
import { createTenantWithOwner, findUserForLogin, setUserLocale } from "./tenants";
import { consumeLoginAttempt, clearLoginAttempts } from "./rateLimit";
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

describe("sign-in rate limit", () => {
  it("allows the limit, refuses beyond it with a wait, and starts over after the window", async () => {
    const key = `email:limit-${Date.now()}@example.test`;
    const t0 = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < 3; i++) expect((await consumeLoginAttempt(prisma, [key], { limit: 3, windowMs: 60_000, now: t0 })).allowed).toBe(true);
    const refused = await consumeLoginAttempt(prisma, [key], { limit: 3, windowMs: 60_000, now: new Date(t0.getTime() + 10_000) });
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect((await consumeLoginAttempt(prisma, [key], { limit: 3, windowMs: 60_000, now: new Date(t0.getTime() + 61_000) })).allowed).toBe(true);
  });

  it("counts each key separately and clears after success", async () => {
    const ip = `ip:${Date.now()}`;
    const email = `email:${Date.now()}`;
    const opts = { limit: 1, windowMs: 60_000 };
    expect((await consumeLoginAttempt(prisma, [email, ip], opts)).allowed).toBe(true);
    expect((await consumeLoginAttempt(prisma, [`email:other-${Date.now()}`, ip], opts)).allowed).toBe(false);
    await clearLoginAttempts(prisma, [email, ip]);
    expect((await consumeLoginAttempt(prisma, [email, ip], opts)).allowed).toBe(true);
  });
});
