import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkAuthSession, createAuthSession, createPrismaClient, type Role } from "@centrala/db";
import { createMemoryProvisioner } from "@centrala/db/testing";
import { installJobQueues } from "@centrala/jobs";
import type { ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { signUp } from "../auth/signUp";
import { handleCreateExtension, handleDeleteExtension, handleGetExtension, handlePatchExtension, handleResetCredentials } from "../extensions/handleExtensions";
import { handleClaimNumber, handleGetNumber, handlePatchNumber, handleReleaseNumber, handleSearchPool } from "../numbers/handleNumbers";
import { handleCreateQueue, handleDeleteQueue, handleGetQueue, handlePatchQueue } from "../queues/handleQueues";
import { handleGettingStarted, handlePatchSettings } from "../settings/handleSettings";
import { handleAcceptInvite, handleDescribeInvite } from "../team/handleInvitations";
import { handleListOutbox } from "../team/handleOutbox";
import { handleChangePassword, handleRequestPasswordReset, handleResetPassword } from "../team/handlePasswords";
import { handleChangeRole, handleInvite, handleListTeam, handleRemoveMember, handleRevokeInvite } from "../team/handleTeam";

vi.mock("server-only", () => ({}));

// Every workspace route handler against a real PostgreSQL: another tenant's ids give 404 and change
// nothing and bad input gets a 4xx naming the problem. Who may call each route is the permission
// gate's job (withApiSession), tested per role and route in features/api/authorizeApiSession.test.ts.
const prisma = createPrismaClient(undefined, 4);
const { provisioner } = createMemoryProvisioner();
const web = "https://centrala.test";
afterAll(() => prisma.$disconnect());

async function createOwner(locale: "en" | "pl" = "en"): Promise<ApiSession> {
  const result = await signUp(prisma, { tenantName: "Biuro", name: "Ewa Nowak", email: `ws-${randomUUID()}@example.com`, password: "Haslo-12345" }, locale);
  if (!result.ok) throw new Error("sign-up failed in test setup");
  return { userId: result.userId, tenantId: result.tenantId, role: "owner", locale };
}
const as = (session: ApiSession, role: Role): ApiSession => ({ ...session, role });
const body = <T>(result: ApiResult) => result.body as T;
const errorOf = (result: ApiResult) => (result.body as { error: { code: string; message: string; issues?: { path: string }[]; flows?: { name: string }[] } }).error;

async function addPoolNumber(): Promise<string> {
  const e164 = `+4822${String(randomBytes(4).readUInt32BE() % 10_000_000).padStart(7, "0")}`;
  await prisma.phoneNumber.create({ data: { e164, source: "pool" } });
  return e164;
}
/** The e-mailed token, read from the outbox as a person would read their inbox. */
async function readLinkToken(to: string, path: string): Promise<string> {
  const message = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: to }, orderBy: { createdAt: "desc" } });
  const match = new RegExp(`${path}/([A-Za-z0-9_-]+)`).exec(message.text);
  if (!match?.[1]) throw new Error(`no ${path} link in the e-mail`);
  return match[1];
}

let owner: ApiSession;
let stranger: ApiSession;
beforeAll(async () => {
  await installJobQueues(process.env.DATABASE_URL ?? "");
  [owner, stranger] = await Promise.all([createOwner(), createOwner("pl")]);
});

describe("numbers", () => {
  it("claims, routes, describes and releases a number; others get 404", async () => {
    const e164 = await addPoolNumber();
    expect((await handleSearchPool(prisma, owner, "22")).body).toMatchObject({ prefix: "+4822" });
    expect(errorOf(await handleSearchPool(prisma, owner, "Kraków")).message).toContain("not the start of a number");
    expect(errorOf(await handleClaimNumber(prisma, provisioner, owner, { e164: "22 123" })).issues?.[0]?.path).toBe("e164");
    const claimed = await handleClaimNumber(prisma, provisioner, owner, { e164 });
    expect(claimed).toMatchObject({ status: 201, body: { number: { e164, formatted: expect.stringMatching(/^\+48 22 /), status: "active" } } });
    const taken = await handleClaimNumber(prisma, provisioner, stranger, { e164 });
    expect(taken.status).toBe(409);
    expect(errorOf(taken).message).toContain("został właśnie zajęty");
    const id = body<{ number: { id: string } }>(claimed).number.id;
    expect((await handleGetNumber(prisma, stranger, id)).status).toBe(404);
    expect((await handlePatchNumber(prisma, stranger, id, { label: "Mine" })).status).toBe(404);
    expect((await handleReleaseNumber(prisma, provisioner, stranger, id)).status).toBe(404);
    expect((await handlePatchNumber(prisma, owner, id, { flowId: "not-a-flow" })).status).toBe(404);
    expect((await handlePatchNumber(prisma, owner, id, { label: "Reception" })).body).toMatchObject({ number: { label: "Reception" }, releaseTakesItFrom: null });
    expect(await handleReleaseNumber(prisma, provisioner, owner, id)).toMatchObject({ status: 200, body: { released: { e164 }, flowLostIt: null } });
  });
});

describe("people", () => {
  it("invites by e-mail, the link is read from the outbox, accepted once; refusals are clear", async () => {
    const email = `new-${randomUUID()}@example.com`;
    expect(errorOf(await handleInvite(prisma, owner, { email: "not-an-email", role: "viewer" }, web)).issues?.[0]?.path).toBe("email");
    expect((await handleInvite(prisma, owner, { email, role: "admin" }, web)).status).toBe(201);
    const ownerEmail = (await prisma.user.findUniqueOrThrow({ where: { id: owner.userId } })).email;
    expect(errorOf(await handleInvite(prisma, owner, { email: ownerEmail, role: "admin" }, web))).toMatchObject({ code: "ALREADY_MEMBER" });
    const token = await readLinkToken(email, "/invite");
    const outbox = body<{ messages: { toEmail: string; subject: string }[] }>(await handleListOutbox(prisma, owner, false)).messages;
    expect(outbox.find((m) => m.toEmail === email)?.subject).toBe("Zaproszenie do Biuro w Centrali");
    expect(body<{ messages: { toEmail: string }[] }>(await handleListOutbox(prisma, stranger, false)).messages.map((m) => m.toEmail)).not.toContain(email);
    expect((await handleListOutbox(prisma, owner, true)).status).toBe(404);
    expect((await handleDescribeInvite(prisma, token, "en")).body).toMatchObject({ invite: { email, role: "admin", hasAccount: false } });
    expect(errorOf(await handleAcceptInvite(prisma, token, { name: "Ola", password: "short" }, "en")).issues?.[0]?.path).toBe("password");
    expect((await handleAcceptInvite(prisma, token, { name: "Ola", password: "Haslo-67890" }, "en")).status).toBe(201);
    const reused = await handleAcceptInvite(prisma, token, { name: "Ola", password: "Haslo-67890" }, "pl");
    expect(reused.status).toBe(410);
    expect(errorOf(reused).message).toContain("został już użyty");
    expect((await handleDescribeInvite(prisma, "no-such-token", "en")).status).toBe(400);
  });

  it("changes roles and removes members; the last owner stays; another tenant's members are 404", async () => {
    const email = `role-${randomUUID()}@example.com`;
    await handleInvite(prisma, owner, { email, role: "viewer" }, web);
    await handleAcceptInvite(prisma, await readLinkToken(email, "/invite"), { name: "Jan", password: "Haslo-67890" }, "en");
    const members = body<{ members: { id: string; email: string; role: string; isYou: boolean }[] }>(await handleListTeam(prisma, owner)).members;
    const jan = members.find((m) => m.email === email)!;
    const me = members.find((m) => m.isYou)!;
    expect((await handleChangeRole(prisma, stranger, jan.id, { role: "admin" })).status).toBe(404);
    expect(errorOf(await handleChangeRole(prisma, owner, jan.id, { role: "boss" })).issues?.[0]?.path).toBe("role");
    expect(await handleChangeRole(prisma, owner, jan.id, { role: "designer" })).toMatchObject({ status: 200, body: { member: { role: "designer" } } });
    expect(errorOf(await handleChangeRole(prisma, owner, me.id, { role: "admin" }))).toMatchObject({ code: "LAST_OWNER" });
    expect(errorOf(await handleRemoveMember(prisma, owner, me.id))).toMatchObject({ code: "LAST_OWNER" });
    expect((await handleRemoveMember(prisma, stranger, jan.id)).status).toBe(404);
    expect((await handleRemoveMember(prisma, owner, jan.id)).status).toBe(200);
    const invite = await handleInvite(prisma, owner, { email: `w-${randomUUID()}@example.com`, role: "viewer" }, web);
    const inviteId = body<{ invite: { id: string } }>(invite).invite.id;
    expect((await handleRevokeInvite(prisma, stranger, inviteId)).status).toBe(404);
    expect((await handleRevokeInvite(prisma, owner, inviteId)).status).toBe(200);
    expect(body<{ invites: unknown[] }>(await handleListTeam(prisma, as(owner, "viewer"))).invites).toEqual([]);
  });

  it("resets a forgotten password once with the e-mailed link, and changes it with the current one", async () => {
    const email = (await prisma.user.findUniqueOrThrow({ where: { id: stranger.userId } })).email;
    expect((await handleRequestPasswordReset(prisma, { email: "nobody@example.com" }, "en", web)).status).toBe(202);
    expect((await handleRequestPasswordReset(prisma, { email }, "pl", web)).status).toBe(202);
    const token = await readLinkToken(email, "/reset-password");
    expect((await handleResetPassword(prisma, token, { password: "Nowe-Haslo-1" }, "pl")).status).toBe(200);
    expect((await handleResetPassword(prisma, token, { password: "Nowe-Haslo-2" }, "pl")).status).toBe(410);
    expect(errorOf(await handleChangePassword(prisma, stranger, { currentPassword: "Haslo-12345", newPassword: "Inne-Haslo-3" }))).toMatchObject({ code: "WRONG_PASSWORD" });
    expect((await handleChangePassword(prisma, stranger, { currentPassword: "Nowe-Haslo-1", newPassword: "Inne-Haslo-3" })).status).toBe(200);
  });

  it("signs every other browser out when a password is changed, and keeps the one that changed it", async () => {
    const lifetime = { idleMs: 3_600_000, absoluteMs: 86_400_000 };
    const here = await createAuthSession(prisma, { userId: owner.userId, lifetime });
    const laptop = await createAuthSession(prisma, { userId: owner.userId, lifetime });
    const phone = await createAuthSession(prisma, { userId: owner.userId, lifetime });
    const strangers = await createAuthSession(prisma, { userId: stranger.userId, lifetime });
    const live = (sessionId: string, who: ApiSession) => checkAuthSession(prisma, { sessionId, userId: who.userId, tenantId: who.tenantId, idleMs: lifetime.idleMs });
    const changed = await handleChangePassword(prisma, owner, { currentPassword: "Haslo-12345", newPassword: "Nowe-Haslo-9" }, here.sessionId);
    expect(changed).toMatchObject({ status: 200, body: { changed: true, signedOut: 2 } });
    expect(await live(here.sessionId, owner)).toMatchObject({ userId: owner.userId, role: "owner" });
    expect(await live(laptop.sessionId, owner)).toBeNull();
    expect(await live(phone.sessionId, owner)).toBeNull();
    // Another person's session is not touched.
    expect(await live(strangers.sessionId, stranger)).toMatchObject({ userId: stranger.userId });
    // A wrong current password changes nothing and signs nobody out.
    expect((await handleChangePassword(prisma, owner, { currentPassword: "Haslo-12345", newPassword: "Inne-Haslo-4" }, here.sessionId)).status).toBe(400);
    expect(await live(here.sessionId, owner)).not.toBeNull();
    // Without a known current session (no cookie id), every session ends.
    expect(await handleChangePassword(prisma, owner, { currentPassword: "Nowe-Haslo-9", newPassword: "Haslo-12345" })).toMatchObject({ body: { signedOut: 1 } });
    expect(await live(here.sessionId, owner)).toBeNull();
  });
});

describe("extensions and queues", () => {
  it("creates, edits and deletes them; duplicates, bad numbers, other tenants and roles are refused", async () => {
    expect(errorOf(await handleCreateExtension(prisma, owner, { number: "1", name: "Anna" })).issues?.[0]?.path).toBe("number");
    expect(errorOf(await handleCreateExtension(prisma, owner, { number: "101", name: "Anna", forwardTo: "0601234567" })).issues?.[0]?.path).toBe("forwardTo");
    const created = await handleCreateExtension(prisma, owner, { number: "101", name: "Anna", userId: owner.userId, voicemailEnabled: true });
    expect(created).toMatchObject({ status: 201, body: { extension: { number: "101" }, sip: { username: "101", password: expect.any(String) } } });
    expect(errorOf(await handleCreateExtension(prisma, owner, { number: "101", name: "Again" }))).toMatchObject({ code: "DUPLICATE" });
    const id = body<{ extension: { id: string } }>(created).extension.id;
    expect((await handleGetExtension(prisma, stranger, id)).status).toBe(404);
    expect((await handlePatchExtension(prisma, stranger, id, { name: "X" })).status).toBe(404);
    expect((await handleResetCredentials(prisma, stranger, id)).status).toBe(404);
    expect((await handleDeleteExtension(prisma, stranger, id)).status).toBe(404);
    expect(errorOf(await handlePatchExtension(prisma, owner, id, { number: "102" })).issues?.[0]?.path).toBe("number");
    expect(await handlePatchExtension(prisma, owner, id, { forwardTo: "+48601234567" })).toMatchObject({ body: { extension: { forwardToFormatted: "+48 601 234 567" } } });

    expect(errorOf(await handleCreateQueue(prisma, owner, { name: "Sales", overflowAction: "external", overflowTarget: "123" })).issues?.[0]?.path).toBe("overflowTarget");
    const queue = await handleCreateQueue(prisma, owner, { name: "Sales", members: [{ extensionId: id }], overflowAction: "voicemail", overflowTarget: "101" });
    expect(queue).toMatchObject({ status: 201, body: { queue: { name: "Sales", strategy: "inOrder", members: [{ extension: { number: "101" } }] } } });
    const queueId = body<{ queue: { id: string } }>(queue).queue.id;
    expect((await handleGetQueue(prisma, stranger, queueId)).status).toBe(404);
    expect((await handlePatchQueue(prisma, stranger, queueId, { name: "X" })).status).toBe(404);
    expect((await handleDeleteQueue(prisma, stranger, queueId)).status).toBe(404);
    expect(errorOf(await handleDeleteExtension(prisma, owner, id))).toMatchObject({ code: "IN_USE", message: expect.stringContaining("“Sales”") });
    expect((await handlePatchQueue(prisma, owner, queueId, { overflowAction: "hangup", overflowTarget: null, strategy: "ringAll" })).body).toMatchObject({ queue: { strategy: "ringAll" } });
    expect((await handleDeleteQueue(prisma, owner, queueId)).status).toBe(200);
    expect((await handleDeleteExtension(prisma, owner, id)).status).toBe(200);
  });
});

describe("settings and getting started", () => {
  it("validates the time zone, language and fallback number, storing nothing bad", async () => {
    expect(errorOf(await handlePatchSettings(prisma, owner, { timezone: "Europe/Warszawa" })).issues?.[0]?.path).toBe("timezone");
    expect(errorOf(await handlePatchSettings(prisma, owner, { fallbackNumber: "123" })).issues?.[0]?.path).toBe("fallbackNumber");
    expect(await handlePatchSettings(prisma, owner, { timezone: "Europe/London", language: "en-GB", fallbackNumber: "+48221234567" }))
      .toMatchObject({ status: 200, body: { settings: { timezone: "Europe/London", language: "en-GB", fallbackNumber: "+48221234567" } } });
    const untouched = await prisma.tenant.findUniqueOrThrow({ where: { id: stranger.tenantId } });
    expect(untouched.timezone).toBe("Europe/Warsaw");
  });

  it("keeps call recordings 90 days unless told otherwise, from 1 to 3650 days", async () => {
    expect((await prisma.tenant.findUniqueOrThrow({ where: { id: owner.tenantId } })).recordingRetentionDays).toBe(90);
    for (const bad of [0, 3651, 1.5, "30"]) {
      expect(errorOf(await handlePatchSettings(prisma, owner, { recordingRetentionDays: bad })).issues).toEqual([{ path: "recordingRetentionDays", message: "Enter a whole number of days from 1 to 3650, e.g. 90." }]);
    }
    expect(await handlePatchSettings(prisma, owner, { recordingRetentionDays: 30 })).toMatchObject({ status: 200, body: { settings: { recordingRetentionDays: 30 } } });
    expect((await prisma.tenant.findUniqueOrThrow({ where: { id: stranger.tenantId } })).recordingRetentionDays).toBe(90);
  });

  it("starts with nothing done", async () => {
    const fresh = await createOwner();
    expect((await handleGettingStarted(prisma, fresh)).body).toMatchObject({ doneCount: 0, steps: [{ id: "claimNumber", done: false }, { id: "addPeopleAndExtensions", done: false }, { id: "publishFlow", done: false }, { id: "testCall", done: false }] });
  });
});
