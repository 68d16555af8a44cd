import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../createPrismaClient";
import { createPasswordReset, resetPasswordWithToken } from "../people/passwords";
import { createTestTenant } from "../testing/createTestTenant";
import { checkAuthSession, createAuthSession, revokeAuthSession, revokeUserAuthSessions } from "./authSessions";

let prisma: Db;
beforeAll(() => { prisma = createPrismaClient(undefined, 2); });
afterAll(async () => prisma.$disconnect());

const lifetime = { idleMs: 24 * 3600_000, absoluteMs: 7 * 24 * 3600_000 };
const t0 = new Date("2026-03-02T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("server-side sign-in sessions", () => {
  it("a session works until it is signed out, and then never again", async () => {
    const { tenant, user } = await createTestTenant(prisma, "Session");
    const { sessionId } = await createAuthSession(prisma, { userId: user.id, lifetime }, t0);
    const check = { sessionId, userId: user.id, tenantId: tenant.id, idleMs: lifetime.idleMs };
    expect(await checkAuthSession(prisma, check, at(1000))).toEqual({ userId: user.id, role: "owner", tenantName: tenant.name });
    // Only the hash is stored: the id in the cookie is not a row key anyone reading the table can use.
    expect(await prisma.authSession.count({ where: { id: sessionId } })).toBe(0);
    await revokeAuthSession(prisma, sessionId);
    expect(await checkAuthSession(prisma, check, at(2000))).toBeNull();
  });

  it("ends after the idle time without requests, and after the absolute lifetime even when busy", async () => {
    const { tenant, user } = await createTestTenant(prisma, "Idle");
    const idle = await createAuthSession(prisma, { userId: user.id, lifetime }, t0);
    const check = { userId: user.id, tenantId: tenant.id, idleMs: lifetime.idleMs };
    expect(await checkAuthSession(prisma, { ...check, sessionId: idle.sessionId }, at(lifetime.idleMs - 1000))).not.toBeNull();
    // That request counted as activity: the idle clock starts again from it.
    expect(await checkAuthSession(prisma, { ...check, sessionId: idle.sessionId }, at(2 * lifetime.idleMs - 2000))).not.toBeNull();
    expect(await checkAuthSession(prisma, { ...check, sessionId: idle.sessionId }, at(3 * lifetime.idleMs))).toBeNull();

    const busy = await createAuthSession(prisma, { userId: user.id, lifetime }, t0);
    for (let day = 1; day < 7; day++) {
      expect(await checkAuthSession(prisma, { ...check, sessionId: busy.sessionId }, at(day * 20 * 3600_000))).not.toBeNull();
    }
    expect(await checkAuthSession(prisma, { ...check, sessionId: busy.sessionId }, at(lifetime.absoluteMs))).toBeNull();
  });

  it("follows role changes, and says when the person is no longer a member of the organisation the cookie names", async () => {
    const { tenant, user } = await createTestTenant(prisma, "Roles");
    const other = await createTestTenant(prisma, "Other");
    const { sessionId } = await createAuthSession(prisma, { userId: user.id, lifetime }, t0);
    expect(await checkAuthSession(prisma, { sessionId, userId: user.id, tenantId: other.tenant.id, idleMs: lifetime.idleMs }, at(1))).toEqual({ userId: user.id, role: null, tenantName: null });
    // Someone else's session id never passes.
    expect(await checkAuthSession(prisma, { sessionId, userId: other.user.id, tenantId: tenant.id, idleMs: lifetime.idleMs }, at(1))).toBeNull();
    const membership = await prisma.membership.create({ data: { tenantId: tenant.id, userId: other.user.id, role: "owner" } });
    await prisma.membership.update({ where: { id: membership.id }, data: { role: "viewer" } });
    const theirs = await createAuthSession(prisma, { userId: other.user.id, lifetime }, t0);
    const check = { sessionId: theirs.sessionId, userId: other.user.id, tenantId: tenant.id, idleMs: lifetime.idleMs };
    expect((await checkAuthSession(prisma, check, at(1)))?.role).toBe("viewer");
    await prisma.membership.delete({ where: { id: membership.id } });
    expect(await checkAuthSession(prisma, check, at(2))).toEqual({ userId: other.user.id, role: null, tenantName: null });
  });

  it("a password reset signs the person out everywhere", async () => {
    const { tenant, user } = await createTestTenant(prisma, "Reset");
    const sessions = await Promise.all([1, 2].map(() => createAuthSession(prisma, { userId: user.id, lifetime })));
    const reset = await createPasswordReset(prisma, user.email);
    if (!reset) throw new Error("no reset");
    await resetPasswordWithToken(prisma, { token: reset.token, passwordHash: "new-hash" });
    for (const { sessionId } of sessions) {
      expect(await checkAuthSession(prisma, { sessionId, userId: user.id, tenantId: tenant.id, idleMs: lifetime.idleMs })).toBeNull();
    }
    expect(await revokeUserAuthSessions(prisma, user.id)).toBe(0);
  });
});
