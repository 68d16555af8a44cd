import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type Role } from "@centrala/db";
import { routePermissions } from "../../app/api/routePermissions";
import { signUp } from "../auth/signUp";
import { can, permissions, roles, type Permission } from "../auth/permissions";
import { authorizeApiSession, type ApiClaims } from "./authorizeApiSession";

vi.mock("server-only", () => ({}));

// The permission gate of every API route, against a real PostgreSQL: each role × each route and
// method, a removed member, a changed role, and another organisation's id.
const prisma = createPrismaClient(undefined, 4);
afterAll(() => prisma.$disconnect());

// Written out on purpose (not read from permissions.ts): changing who may do what must change this too.
const expected: Record<Role, Permission[]> = {
  owner: [...permissions],
  admin: [...permissions],
  supervisor: ["workspace.view", "account.manage", "flows.view", "prompts.manage", "recordings.listen", "queues.manage", "calls.view", "desk.use", "wallboard.view", "calls.supervise"],
  agent: ["workspace.view", "account.manage", "recordings.listen", "calls.view", "desk.use", "wallboard.view"],
  designer: ["workspace.view", "account.manage", "flows.view", "flows.edit", "flows.publish", "prompts.manage", "calls.view"],
  viewer: ["workspace.view", "account.manage", "flows.view", "calls.view", "wallboard.view"],
};

let tenantId: string;
let otherTenantId: string;
const members = {} as Record<Role, string>;

async function addMember(tenant: string, role: Role): Promise<string> {
  const user = await prisma.user.create({ data: { email: `gate-${role}-${randomUUID()}@example.com`, name: `Gate ${role}`, passwordHash: "x" } });
  await prisma.membership.create({ data: { tenantId: tenant, userId: user.id, role } });
  return user.id;
}
const claimsOf = (userId: string, locale: "en" | "pl" = "en", tenant = tenantId): ApiClaims => ({ userId, tenantId: tenant, locale });

beforeAll(async () => {
  const [office, other] = await Promise.all(["Brama", "Inna"].map((name) =>
    signUp(prisma, { tenantName: name, name: "Owner", email: `gate-${randomUUID()}@example.com`, password: "Haslo-12345" }, "en")));
  if (!office?.ok || !other?.ok) throw new Error("sign-up failed in test setup");
  tenantId = office.tenantId;
  otherTenantId = other.tenantId;
  for (const role of roles) members[role] = await addMember(tenantId, role);
});

describe("the permission table", () => {
  it.each(roles)("gives %s exactly the expected permissions", (role) => {
    expect(permissions.filter((permission) => can(role, permission)).sort()).toEqual([...expected[role]].sort());
  });
});

const routeChecks = Object.entries(routePermissions).flatMap(([route, byMethod]) =>
  Object.entries(byMethod).flatMap(([method, access]) => (typeof access === "string" ? [{ route, method, access }] : [])));

describe("every signed-in API route, for every role", () => {
  it.each(roles)("%s is let through exactly where the table allows, and told why not elsewhere", async (role) => {
    const outcomes = await Promise.all(routeChecks.map(async ({ route, method, access }) => {
      const gate = await authorizeApiSession(prisma, claimsOf(members[role]), access);
      return { call: `${method} /api/${route}`, allowed: gate.ok, status: gate.ok ? 200 : gate.result.status, wanted: expected[role].includes(access) };
    }));
    expect(outcomes.filter((outcome) => outcome.allowed !== outcome.wanted)).toEqual([]);
    expect(outcomes.filter((outcome) => !outcome.allowed).every((outcome) => outcome.status === 403)).toBe(true);
  });

  it("hands the handler the role from the database, not from the token", async () => {
    const gate = await authorizeApiSession(prisma, claimsOf(members.designer), "flows.publish");
    expect(gate).toMatchObject({ ok: true, session: { userId: members.designer, tenantId, role: "designer", locale: "en" } });
  });
});

describe("the gate", () => {
  it("answers 401 when signed out, in the reader's language", async () => {
    const gate = await authorizeApiSession(prisma, null, "flows.view", "pl");
    expect(gate).toMatchObject({ ok: false, result: { status: 401, body: { error: { code: "UNAUTHORIZED", message: "Najpierw się zaloguj." } } } });
  });

  it("answers 403 naming the role and what it may not do, in English and Polish", async () => {
    const english = await authorizeApiSession(prisma, claimsOf(members.viewer), "numbers.manage");
    expect(english).toMatchObject({ ok: false, result: { status: 403, body: { error: { code: "FORBIDDEN", permission: "numbers.manage", message: "Your role (Viewer) does not allow you to manage phone numbers." } } } });
    const polish = await authorizeApiSession(prisma, claimsOf(members.agent, "pl"), "flows.edit");
    expect(polish).toMatchObject({ ok: false, result: { status: 403, body: { error: { message: "Twoja rola (Konsultant) nie pozwala zmieniać scenariuszy." } } } });
  });

  it("takes a changed role into account on the very next request", async () => {
    const userId = await addMember(tenantId, "viewer");
    expect((await authorizeApiSession(prisma, claimsOf(userId), "flows.edit")).ok).toBe(false);
    await prisma.membership.update({ where: { tenantId_userId: { tenantId, userId } }, data: { role: "designer" } });
    expect((await authorizeApiSession(prisma, claimsOf(userId), "flows.edit")).ok).toBe(true);
    await prisma.membership.update({ where: { tenantId_userId: { tenantId, userId } }, data: { role: "agent" } });
    expect((await authorizeApiSession(prisma, claimsOf(userId), "flows.edit")).ok).toBe(false);
  });

  it("shuts out a removed member at once, though their token is still valid", async () => {
    const userId = await addMember(tenantId, "admin");
    expect((await authorizeApiSession(prisma, claimsOf(userId), "people.manage")).ok).toBe(true);
    await prisma.membership.delete({ where: { tenantId_userId: { tenantId, userId } } });
    const gate = await authorizeApiSession(prisma, claimsOf(userId, "pl"), "workspace.view");
    expect(gate).toMatchObject({ ok: false, result: { status: 401, body: { error: { code: "MEMBERSHIP_ENDED", message: "Nie należysz już do tej organizacji. Zaloguj się ponownie." } } } });
  });

  it("does not let a token name another organisation the person does not belong to", async () => {
    const gate = await authorizeApiSession(prisma, claimsOf(members.owner, "en", otherTenantId), "workspace.view");
    expect(gate).toMatchObject({ ok: false, result: { status: 401 } });
  });
});
