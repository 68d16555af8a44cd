import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, createRecording, forTenant, SCOPED_TENANT, type Role } from "@centrala/db";
import { parseMediaPath, verifyMediaGrant } from "@centrala/media";
import type { ApiSession } from "../../api/ApiSession";
import { signUp } from "../../auth/signUp";
import { handleListCallRecordings, handleRecordingAccess } from "./handleCallRecordings";
import { handleListRecordings } from "./handleRecordings";

vi.mock("server-only", () => ({}));

// Call recordings for supervisors against a real PostgreSQL: filters, paging, who hears whose,
// the audit log of every play and download, and another organisation's ids.
const prisma = createPrismaClient(undefined, 3);
afterAll(() => prisma.$disconnect());
const key = Buffer.alloc(32, 9);
const media = { signingKey: key, origin: "" };

type Listed = { total: number; page: number; ownOnly: boolean; recordings: { id: string; fromNumber: string | null; queue: { name: string } | null; agent: { number: string } | null; createdAt: string }[] };
const listOf = async (session: ApiSession, query: string) => {
  const result = await handleListCallRecordings(prisma, session, new URLSearchParams(query));
  expect(result.status).toBe(200);
  return result.body as Listed;
};

let tenantId: string;
const sessions = {} as Record<Role | "stranger" | "agentWithoutExtension", ApiSession>;
const ids = { sales: "", support: "", anna: "", piotr: "" };
/** Recording ids by name, created oldest first: a1 (Anna, sales, 2 Dec), ... */
const rec = {} as Record<string, string>;

async function addMember(role: Role, locale: "en" | "pl" = "en"): Promise<ApiSession> {
  const user = await prisma.user.create({ data: { email: `rec-${role}-${randomUUID()}@example.com`, name: `Rec ${role}`, passwordHash: "x" } });
  await prisma.membership.create({ data: { tenantId, userId: user.id, role } });
  return { userId: user.id, tenantId, role, locale };
}

async function addRecording(name: string, at: string, fields: { queueId?: string; agentExtensionId?: string; fromNumber: string; kind?: "call" | "voicemail" }) {
  const id = randomUUID().replaceAll("-", "");
  await createRecording(forTenant(prisma, tenantId), {
    id, callId: null, kind: fields.kind ?? "call", mailbox: fields.kind === "voicemail" ? "101" : null, fromNumber: fields.fromNumber,
    storageKey: `tenants/${tenantId}/recordings/${id}.wav`, sizeBytes: 16044, durationMs: 12_000,
    queueId: fields.queueId ?? null, agentExtensionId: fields.agentExtensionId ?? null,
  });
  await prisma.recording.update({ where: { id }, data: { createdAt: new Date(at) } });
  rec[name] = id;
}

beforeAll(async () => {
  const [office, other] = await Promise.all(["Nagrania", "Obca"].map((name) =>
    signUp(prisma, { tenantName: name, name: "Owner", email: `rec-${randomUUID()}@example.com`, password: "Haslo-12345" }, "en")));
  if (!office?.ok || !other?.ok) throw new Error("sign-up failed in test setup");
  tenantId = office.tenantId;
  sessions.owner = { userId: office.userId, tenantId, role: "owner", locale: "en" };
  sessions.stranger = { userId: other.userId, tenantId: other.tenantId, role: "owner", locale: "en" };
  for (const role of ["admin", "supervisor", "agent", "designer", "viewer"] as const) sessions[role] = await addMember(role);
  sessions.agentWithoutExtension = await addMember("agent", "pl");
  const db = forTenant(prisma, tenantId);
  ids.sales = (await db.queue.create({ data: { tenantId: SCOPED_TENANT, name: "Sprzedaż" } })).id;
  ids.support = (await db.queue.create({ data: { tenantId: SCOPED_TENANT, name: "Wsparcie" } })).id;
  ids.anna = (await db.extension.create({ data: { tenantId: SCOPED_TENANT, number: "101", name: "Anna", userId: sessions.agent.userId } })).id;
  ids.piotr = (await db.extension.create({ data: { tenantId: SCOPED_TENANT, number: "102", name: "Piotr" } })).id;
  // Times in UTC; the organisation is in Europe/Warsaw (UTC+1 in December).
  await addRecording("a1", "2026-12-01T23:30:00Z", { queueId: ids.sales, agentExtensionId: ids.anna, fromNumber: "+48600100200" }); // 2 Dec 00:30 in Warsaw
  await addRecording("p1", "2026-12-02T09:00:00Z", { queueId: ids.support, agentExtensionId: ids.piotr, fromNumber: "+48600999888" });
  await addRecording("a2", "2026-12-02T23:30:00Z", { queueId: ids.support, agentExtensionId: ids.anna, fromNumber: "+48221234567" }); // 3 Dec 00:30 UTC+1
  for (let i = 0; i < 21; i++) await addRecording(`bulk${i}`, `2026-11-0${1 + (i % 9)}T10:${String(i).padStart(2, "0")}:00Z`, { queueId: ids.sales, agentExtensionId: ids.piotr, fromNumber: "+48500000000" });
  await addRecording("voicemail", "2026-12-02T10:00:00Z", { fromNumber: "+48600100200", kind: "voicemail" });
});

describe("call recordings list", () => {
  it("lists newest first, 20 a page, with queue and agent, and no voicemail", async () => {
    const first = await listOf(sessions.supervisor, "");
    expect(first).toMatchObject({ total: 24, page: 1, ownOnly: false });
    expect(first.recordings).toHaveLength(20);
    expect(first.recordings.slice(0, 3).map((r) => r.id)).toEqual([rec.a2, rec.p1, rec.a1]);
    expect(first.recordings[0]).toMatchObject({ queue: { name: "Wsparcie" }, agent: { number: "101" }, fromNumber: "+48221234567" });
    const second = await listOf(sessions.supervisor, "page=2");
    expect(second.recordings).toHaveLength(4);
    const all = [...first.recordings, ...second.recordings].map((r) => r.id);
    expect(new Set(all).size).toBe(24);
    expect(all).not.toContain(rec.voicemail);
    const times = [...first.recordings, ...second.recordings].map((r) => r.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("filters by agent, queue, caller and dates in the organisation's time zone", async () => {
    expect((await listOf(sessions.owner, `agent=${ids.anna}`)).recordings.map((r) => r.id)).toEqual([rec.a2, rec.a1]);
    expect((await listOf(sessions.owner, `queue=${ids.support}`)).recordings.map((r) => r.id)).toEqual([rec.a2, rec.p1]);
    expect((await listOf(sessions.owner, "caller=600 999")).recordings.map((r) => r.id)).toEqual([rec.p1]);
    expect((await listOf(sessions.owner, `caller=600&agent=${ids.anna}`)).recordings.map((r) => r.id)).toEqual([rec.a1]);
    // 2 December in Warsaw: from 1 Dec 23:00 UTC to 2 Dec 23:00 UTC.
    expect((await listOf(sessions.owner, "from=2026-12-02&to=2026-12-02")).recordings.map((r) => r.id)).toEqual([rec.p1, rec.a1]);
    expect((await listOf(sessions.owner, "from=2026-12-03")).recordings.map((r) => r.id)).toEqual([rec.a2]);
    expect((await listOf(sessions.owner, "to=2026-11-30")).total).toBe(21);
    expect((await listOf(sessions.owner, "agent=&queue=&caller=&from=&to=")).total).toBe(24);
  });

  it("refuses bad filters with a message naming the field, in the member's language", async () => {
    const bad = await handleListCallRecordings(prisma, sessions.owner, new URLSearchParams("from=2026-02-30&to=yesterday&page=0"));
    expect(bad.status).toBe(400);
    const issues = (bad.body as { error: { issues: { path: string; message: string }[] } }).error.issues;
    expect(issues).toEqual(expect.arrayContaining([
      { path: "from", message: "Enter a real date as YYYY-MM-DD, e.g. 2026-12-02." },
      { path: "to", message: "Enter a real date as YYYY-MM-DD, e.g. 2026-12-02." },
      { path: "page", message: "The page must be a whole number from 1." },
    ]));
    const range = await handleListCallRecordings(prisma, { ...sessions.owner, locale: "pl" }, new URLSearchParams("from=2026-12-05&to=2026-12-01"));
    expect(range).toMatchObject({ status: 400, body: { error: { issues: [{ path: "to", message: expect.stringContaining("Data końcowa jest wcześniejsza") }] } } });
    expect((await handleListCallRecordings(prisma, sessions.owner, new URLSearchParams("caller=abc"))).status).toBe(400);
  });

  it("lets owners, admins and supervisors hear everyone, an agent only the calls they took", async () => {
    for (const role of ["owner", "admin", "supervisor"] as const) expect((await listOf(sessions[role], "")).total).toBe(24);
    const own = await listOf(sessions.agent, "");
    expect(own).toMatchObject({ total: 2, ownOnly: true });
    expect(own.recordings.map((r) => r.id)).toEqual([rec.a2, rec.a1]);
    // Asking for a colleague's recordings gives none, not theirs.
    expect((await listOf(sessions.agent, `agent=${ids.piotr}`)).total).toBe(0);
    expect((await listOf(sessions.agentWithoutExtension, "")).total).toBe(0);
    expect((await handleRecordingAccess(prisma, sessions.agent, media, rec.p1!, { access: "play" })).status).toBe(404);
    expect((await handleRecordingAccess(prisma, sessions.agentWithoutExtension, media, rec.a1!, { access: "play" })).status).toBe(404);
    expect((await handleRecordingAccess(prisma, sessions.agent, media, rec.a1!, { access: "play" })).status).toBe(200);
  });

  it("keeps call recordings out of the voicemail list", async () => {
    for (const role of ["agent", "owner"] as const) {
      const listed = (await handleListRecordings(prisma, sessions[role], media, new URLSearchParams("kind=call"))).body as { recordings: { id: string; kind: string }[] };
      expect(listed.recordings.every((r) => r.kind === "voicemail")).toBe(true);
      expect(listed.recordings.map((r) => r.id)).toContain(rec.voicemail);
    }
  });
});

describe("playing and downloading", () => {
  it("writes every play and download into the audit log and answers a signed link to that recording", async () => {
    const before = Date.now();
    const played = await handleRecordingAccess(prisma, sessions.supervisor, media, rec.p1!, { access: "play" });
    const downloaded = await handleRecordingAccess(prisma, sessions.supervisor, media, rec.p1!, { access: "download" });
    const playUrl = (played.body as { url: string }).url;
    const downloadUrl = (downloaded.body as { url: string }).url;
    const target = parseMediaPath(playUrl);
    expect(target).toMatchObject({ kind: "recording", tenantId, recordingId: rec.p1 });
    expect(verifyMediaGrant(key, ["recording", tenantId, rec.p1!], target!.grant, Date.now()).ok).toBe(true);
    expect(downloadUrl.endsWith("?download=1")).toBe(true);
    const audit = await prisma.auditLog.findMany({ where: { tenantId, entityId: rec.p1, createdAt: { gte: new Date(before - 1000) } }, orderBy: { createdAt: "asc" }, select: { action: true, userId: true, entityType: true } });
    expect(audit).toEqual([
      { action: "recording.play", userId: sessions.supervisor.userId, entityType: "Recording" },
      { action: "recording.download", userId: sessions.supervisor.userId, entityType: "Recording" },
    ]);
  });

  it("refuses anything but play or download, and logs nothing then", async () => {
    const result = await handleRecordingAccess(prisma, sessions.owner, media, rec.a1!, { access: "stream" });
    expect(result.status).toBe(400);
    expect(await prisma.auditLog.count({ where: { tenantId, entityId: rec.a1, userId: sessions.owner.userId } })).toBe(0);
  });

  it("does not play a voicemail or a deleted recording here", async () => {
    expect((await handleRecordingAccess(prisma, sessions.owner, media, rec.voicemail!, { access: "play" })).status).toBe(404);
    await prisma.recording.update({ where: { id: rec.bulk0! }, data: { deletedAt: new Date() } });
    expect((await handleRecordingAccess(prisma, sessions.owner, media, rec.bulk0!, { access: "download" })).status).toBe(404);
    expect((await listOf(sessions.owner, "")).total).toBe(23);
  });
});

describe("another organisation", () => {
  it("sees none of these recordings: empty list, 404 for play and download, no audit rows, no links", async () => {
    const listed = await listOf(sessions.stranger, "");
    expect(listed.total).toBe(0);
    expect((await listOf(sessions.stranger, `agent=${ids.anna}&queue=${ids.sales}`)).recordings).toEqual([]);
    for (const access of ["play", "download"]) {
      const result = await handleRecordingAccess(prisma, sessions.stranger, media, rec.a1!, { access });
      expect(result).toMatchObject({ status: 404 });
      expect(JSON.stringify(result.body)).not.toContain("recording-audio");
    }
    expect(await prisma.auditLog.count({ where: { tenantId: sessions.stranger.tenantId, action: { startsWith: "recording." } } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: rec.a1, userId: sessions.stranger.userId } })).toBe(0);
  });
});
