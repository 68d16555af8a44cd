import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@centrala/db";
import { installJobQueues } from "@centrala/jobs";
import type { ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { RATE_LIMITS } from "../auth/rateLimits";
import { signUp } from "../auth/signUp";
import { handleAcceptInvite } from "./handleInvitations";
import { handleRequestPasswordReset } from "./handlePasswords";
import { handleInvite } from "./handleTeam";

vi.mock("server-only", () => ({}));

// Per-account limits inside the handlers (per-address ones: the proxy, guardApiRequest.test.ts).
const prisma = createPrismaClient(undefined, 3);
const web = "https://centrala.test";
afterAll(() => prisma.$disconnect());
beforeAll(async () => installJobQueues(process.env.DATABASE_URL ?? ""));

async function createOwner(email = `limits-${randomUUID()}@example.com`): Promise<ApiSession> {
  const result = await signUp(prisma, { tenantName: "Biuro", name: "Ewa Nowak", email, password: "Haslo-12345" }, "en");
  if (!result.ok) throw new Error("sign-up failed in test setup");
  return { userId: result.userId, tenantId: result.tenantId, role: "owner", locale: "en" };
}
const messageOf = (result: ApiResult) => (result.body as { error: { message: string } }).error.message;

describe("per-account limits", () => {
  it("one person sends at most 30 invitations an hour; the 31st gets 429 in their language", async () => {
    const owner = await createOwner();
    for (let i = 0; i < RATE_LIMITS.inviteByAccount.points; i++) {
      expect((await handleInvite(prisma, owner, { email: `guest-${randomUUID()}@example.com`, role: "viewer" }, web)).status).toBe(201);
    }
    const refused = await handleInvite(prisma, { ...owner, locale: "pl" }, { email: `guest-${randomUUID()}@example.com`, role: "viewer" }, web);
    expect(refused.status).toBe(429);
    expect(messageOf(refused)).toMatch(/^Zbyt wiele prób, spróbuj ponownie za \d+ minut/);
    expect(await prisma.invite.count({ where: { tenantId: owner.tenantId } })).toBe(RATE_LIMITS.inviteByAccount.points);
    // A colleague in another organisation is not affected.
    expect((await handleInvite(prisma, await createOwner(), { email: `guest-${randomUUID()}@example.com`, role: "viewer" }, web)).status).toBe(201);
  });

  it("reset e-mails for one address stop after 5 an hour, whether or not it has an account", async () => {
    const owner = `reset-${randomUUID()}@example.com`;
    await createOwner(owner);
    for (const email of [owner, `nobody-${randomUUID()}@example.com`]) {
      for (let i = 0; i < RATE_LIMITS.resetRequestByAccount.points; i++) expect((await handleRequestPasswordReset(prisma, { email }, "en", web)).status).toBe(202);
      const refused = await handleRequestPasswordReset(prisma, { email: email.toUpperCase() }, "en", web);
      expect(refused.status).toBe(429);
      expect(messageOf(refused)).toMatch(/^Too many attempts, try again in \d+ minutes\.$/);
    }
    expect(await prisma.emailMessage.count({ where: { toEmail: owner } })).toBe(RATE_LIMITS.resetRequestByAccount.points);
  });

  it("an invitation for an existing account takes at most 10 wrong passwords in 15 minutes", async () => {
    const owner = await createOwner();
    const memberEmail = `member-${randomUUID()}@example.com`;
    await createOwner(memberEmail);
    await handleInvite(prisma, owner, { email: memberEmail, role: "designer" }, web);
    const message = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: memberEmail }, orderBy: { createdAt: "desc" } });
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(message.text)?.[1] ?? "";
    for (let i = 0; i < RATE_LIMITS.inviteAcceptByInvite.points; i++) {
      expect((await handleAcceptInvite(prisma, token, { password: `Wrong-${i}-password` }, "en")).status).toBe(400);
    }
    expect((await handleAcceptInvite(prisma, token, { password: "Haslo-12345" }, "en")).status).toBe(429);
  });
});
