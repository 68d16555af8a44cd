import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../createPrismaClient";
import { forTenant } from "../forTenant";
import { createTestTenant } from "../testing/createTestTenant";
import { acceptInvite, createInvite, describeInvite, INVITE_LIFETIME_MS, revokeInvite } from "./invites";
import { listMembers } from "./listMembers";
import { changeMemberRole, removeMember } from "./memberRoles";
import { createPasswordReset, PASSWORD_RESET_LIFETIME_MS, resetPasswordWithToken } from "./passwords";

let prisma: Db;
beforeAll(() => { prisma = createPrismaClient(undefined, 6); });
afterAll(async () => prisma.$disconnect());

const newUser = { name: "Ola Kowalska", passwordHash: "hash-1", locale: "pl" };

async function invited(tenantId: string, ownerId: string, role: "admin" | "designer" | "viewer" | "owner" = "designer", email = `ola-${Math.random().toString(36).slice(2)}@example.test`) {
  return createInvite(prisma, { tenantId, email, role, invitedBy: { userId: ownerId, role: "owner" } });
}

describe("invitations", () => {
  it("makes the invited person a member with the invited role, once", async () => {
    const { tenant, user } = await createTestTenant(prisma, "Inv");
    const { token, invite } = await invited(tenant.id, user.id, "admin");
    expect((await describeInvite(prisma, token)).state).toBe("valid");
    expect(invite.expiresAt.getTime() - Date.now()).toBeGreaterThan(INVITE_LIFETIME_MS - 60_000);
    const joined = await acceptInvite(prisma, { token, newUser });
    expect(joined).toMatchObject({ tenantId: tenant.id, role: "admin" });
    await expect(acceptInvite(prisma, { token, newUser })).rejects.toMatchObject({ code: "TOKEN_USED" });
    expect((await describeInvite(prisma, token)).state).toBe("used");
    const { members, invites } = await listMembers(forTenant(prisma, tenant.id));
    expect(members.map((m) => m.role)).toEqual(["owner", "admin"]);
    expect(invites).toEqual([]);
  });

  it("lets only one of two tabs use the same link", async () => {
    const { tenant, user } = await createTestTenant(prisma, "Twice");
    const { token } = await invited(tenant.id, user.id);
    const results = await Promise.allSettled([acceptInvite(prisma, { token, newUser }), acceptInvite(prisma, { token, newUser: { ...newUser, name: "Other" } })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await listMembers(forTenant(prisma, tenant.id))).members).toHaveLength(2);
  });

  it("refuses an invitation to an existing member, an expired link, a replaced link and a made-up one", async () => {
    const { tenant, user } = await createTestTenant(prisma, "Refuse");
    await expect(createInvite(prisma, { tenantId: tenant.id, email: user.email.toUpperCase(), role: "designer", invitedBy: { userId: user.id, role: "owner" } }))
      .rejects.toMatchObject({ code: "ALREADY_MEMBER" });
    const old = await createInvite(prisma, { tenantId: tenant.id, email: "late@example.test", role: "designer", invitedBy: { userId: user.id, role: "owner" }, now: new Date(Date.now() - INVITE_LIFETIME_MS - 1000) });
    await expect(acceptInvite(prisma, { token: old.token, newUser })).rejects.toMatchObject({ code: "TOKEN_EXPIRED" });
    const first = await invited(tenant.id, user.id, "designer", "twice@example.test");
    const second = await invited(tenant.id, user.id, "viewer", "twice@example.test");
    await expect(acceptInvite(prisma, { token: first.token, newUser })).rejects.toMatchObject({ code: "TOKEN_USED", message: expect.stringContaining("replaced") });
    await expect(acceptInvite(prisma, { token: "made-up", newUser })).rejects.toMatchObject({ code: "TOKEN_INVALID" });
    expect(await prisma.user.findUnique({ where: { email: "twice@example.test" } })).toBeNull();
    await acceptInvite(prisma, { token: second.token, newUser });
    expect((await listMembers(forTenant(prisma, tenant.id))).members.map((m) => m.role)).toEqual(["owner", "viewer"]);
  });

  it("lets someone with an account elsewhere join with it, and only an owner invite an owner", async () => {
    const [a, b] = await Promise.all([createTestTenant(prisma, "HomeA"), createTestTenant(prisma, "HomeB")]);
    const { token } = await invited(a.tenant.id, a.user.id, "viewer", b.user.email);
    expect((await describeInvite(prisma, token)).existingUser?.id).toBe(b.user.id);
    await expect(acceptInvite(prisma, { token, newUser })).rejects.toMatchObject({ code: "EMAIL_TAKEN" });
    // The failed attempt used nothing up: the transaction rolled back.
    await expect(acceptInvite(prisma, { token, existingUserId: b.user.id })).resolves.toMatchObject({ tenantId: a.tenant.id, userId: b.user.id });
    await expect(createInvite(prisma, { tenantId: a.tenant.id, email: "boss@example.test", role: "owner", invitedBy: { userId: b.user.id, role: "admin" } }))
      .rejects.toMatchObject({ code: "OWNER_ONLY" });
  });

  it("withdraws a waiting invitation, and not another tenant's", async () => {
    const [a, b] = await Promise.all([createTestTenant(prisma, "RevA"), createTestTenant(prisma, "RevB")]);
    const { token, invite } = await invited(a.tenant.id, a.user.id);
    await expect(revokeInvite(forTenant(prisma, b.tenant.id), { inviteId: invite.id, userId: b.user.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await describeInvite(prisma, token)).state).toBe("valid");
    await revokeInvite(forTenant(prisma, a.tenant.id), { inviteId: invite.id, userId: a.user.id });
    await expect(acceptInvite(prisma, { token, newUser })).rejects.toMatchObject({ code: "TOKEN_USED" });
  });
});

describe("roles and the last owner", () => {
  it("never leaves the organisation without an owner, even when two owners step down at once", async () => {
    const { tenant, user } = await createTestTenant(prisma, "Owners");
    const { token } = await invited(tenant.id, user.id, "owner");
    const second = await acceptInvite(prisma, { token, newUser });
    const { members } = await listMembers(forTenant(prisma, tenant.id));
    const [first, other] = members;
    if (!first || !other) throw new Error("two owners expected");
    const actor = { userId: user.id, role: "owner" as const };
    const results = await Promise.allSettled([
      changeMemberRole(prisma, { tenantId: tenant.id, membershipId: first.id, role: "admin", actor }),
      changeMemberRole(prisma, { tenantId: tenant.id, membershipId: other.id, role: "admin", actor: { userId: second.userId, role: "owner" } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "LAST_OWNER" });
    const owners = (await listMembers(forTenant(prisma, tenant.id))).members.filter((m) => m.role === "owner");
    expect(owners).toHaveLength(1);
    await expect(removeMember(prisma, { tenantId: tenant.id, membershipId: owners[0]!.id, actor })).rejects.toMatchObject({ code: "LAST_OWNER" });
  });

  it("removes a member, unlinking their extensions, and keeps admins from touching owners", async () => {
    const { tenant, user } = await createTestTenant(prisma, "Remove");
    const { token } = await invited(tenant.id, user.id, "admin");
    const admin = await acceptInvite(prisma, { token, newUser });
    const ownerMembership = (await listMembers(forTenant(prisma, tenant.id))).members[0]!;
    await expect(changeMemberRole(prisma, { tenantId: tenant.id, membershipId: ownerMembership.id, role: "viewer", actor: { userId: admin.userId, role: "admin" } }))
      .rejects.toMatchObject({ code: "OWNER_ONLY" });
    await prisma.extension.create({ data: { tenantId: tenant.id, number: "301", name: "Ola", userId: admin.userId } });
    await removeMember(prisma, { tenantId: tenant.id, membershipId: admin.membershipId, actor: { userId: user.id, role: "owner" } });
    expect((await listMembers(forTenant(prisma, tenant.id))).members).toHaveLength(1);
    expect((await prisma.extension.findFirstOrThrow({ where: { tenantId: tenant.id, number: "301" } })).userId).toBeNull();
    expect(await prisma.user.findUnique({ where: { id: admin.userId } })).not.toBeNull();
  });

  it("answers not found for another tenant's member", async () => {
    const [a, b] = await Promise.all([createTestTenant(prisma, "RoleA"), createTestTenant(prisma, "RoleB")]);
    const target = (await listMembers(forTenant(prisma, a.tenant.id))).members[0]!;
    const actor = { userId: b.user.id, role: "owner" as const };
    await expect(changeMemberRole(prisma, { tenantId: b.tenant.id, membershipId: target.id, role: "viewer", actor })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeMember(prisma, { tenantId: b.tenant.id, membershipId: target.id, actor })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listMembers(forTenant(prisma, a.tenant.id))).members[0]?.role).toBe("owner");
  });
});

describe("password reset", () => {
  it("sets a new password once per link, and every other open link stops working", async () => {
    const { user } = await createTestTenant(prisma, "Reset");
    expect(await createPasswordReset(prisma, "nobody@example.test")).toBeNull();
    const first = await createPasswordReset(prisma, user.email);
    const second = await createPasswordReset(prisma, user.email.toUpperCase());
    if (!first || !second) throw new Error("reset expected");
    await resetPasswordWithToken(prisma, { token: second.token, passwordHash: "new-hash" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe("new-hash");
    await expect(resetPasswordWithToken(prisma, { token: second.token, passwordHash: "again" })).rejects.toMatchObject({ code: "TOKEN_USED" });
    await expect(resetPasswordWithToken(prisma, { token: first.token, passwordHash: "again" })).rejects.toMatchObject({ code: "TOKEN_USED" });
    const late = await createPasswordReset(prisma, user.email, new Date(Date.now() - PASSWORD_RESET_LIFETIME_MS - 1000));
    await expect(resetPasswordWithToken(prisma, { token: late!.token, passwordHash: "late" })).rejects.toMatchObject({ code: "TOKEN_EXPIRED" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe("new-hash");
  });
});
