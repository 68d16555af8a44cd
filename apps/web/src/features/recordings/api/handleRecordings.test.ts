import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, createRecording, forTenant } from "@centrala/db";
import { parseMediaPath, verifyMediaGrant } from "@centrala/media";
import type { ApiSession } from "../../api/ApiSession";
import { signUp } from "../../auth/signUp";
import { handleDeleteRecording, handleListRecordings, handlePatchRecording, handleRestoreRecording } from "./handleRecordings";

vi.mock("server-only", () => ({}));

const prisma = createPrismaClient(undefined, 2);
afterAll(() => prisma.$disconnect());
const key = Buffer.alloc(32, 7);
const media = { signingKey: key, origin: "" };

async function createSession(): Promise<ApiSession> {
  const result = await signUp(prisma, { tenantName: "Inbox", name: "Jan", email: `inbox-${randomUUID()}@example.com`, password: "Haslo-12345" }, "en");
  if (!result.ok) throw new Error("sign-up failed");
  return { userId: result.userId, tenantId: result.tenantId, role: "owner", locale: "en" };
}

let owner: ApiSession;
let stranger: ApiSession;
const id = randomUUID();
const callRecordingId = randomUUID();

beforeAll(async () => {
  [owner, stranger] = await Promise.all([createSession(), createSession()]);
  await createRecording(forTenant(prisma, owner.tenantId), {
    id, callId: null, kind: "voicemail", mailbox: "office", fromNumber: "+48600100200", storageKey: `tenants/${owner.tenantId}/recordings/${id}.wav`, sizeBytes: 16044, durationMs: 1000,
  });
  await createRecording(forTenant(prisma, owner.tenantId), {
    id: callRecordingId, callId: null, kind: "call", mailbox: null, fromNumber: "+48600100300", storageKey: `tenants/${owner.tenantId}/recordings/${callRecordingId}.wav`, sizeBytes: 16044, durationMs: 1000,
  });
});

describe("voicemail and recordings API", () => {
  it("lists a mailbox's messages with signed play and download links for that message only", async () => {
    const list = await handleListRecordings(prisma, owner, media, new URLSearchParams("mailbox=office"));
    const [message] = (list.body as { recordings: { id: string; fromNumber: string; playUrl: string; downloadUrl: string; heardAt: string | null }[] }).recordings;
    expect(message).toMatchObject({ id, fromNumber: "+48600100200", heardAt: null });
    const target = parseMediaPath(message!.playUrl);
    expect(target).toMatchObject({ kind: "recording", tenantId: owner.tenantId, recordingId: id });
    expect(verifyMediaGrant(key, ["recording", owner.tenantId, id], target!.grant, Date.now()).ok).toBe(true);
    expect(message!.downloadUrl.endsWith("?download=1")).toBe(true);
    expect((await handleListRecordings(prisma, owner, media, new URLSearchParams("mailbox=sales"))).body).toEqual({ recordings: [] });
  });

  it("marks heard, deletes with an undo window and restores", async () => {
    expect((await handlePatchRecording(prisma, owner, id, { heard: true })).status).toBe(200);
    expect((await handlePatchRecording(prisma, owner, id, { heard: "yes" })).status).toBe(400);
    const deleted = await handleDeleteRecording(prisma, owner, id);
    expect(deleted).toMatchObject({ status: 200, body: { deleted: true, undoUntil: expect.any(String) } });
    expect((await handleListRecordings(prisma, owner, media, new URLSearchParams())).body).toEqual({ recordings: [] });
    expect((await handleRestoreRecording(prisma, owner, id)).status).toBe(200);
    const [back] = ((await handleListRecordings(prisma, owner, media, new URLSearchParams())).body as { recordings: { heardAt: string | null }[] }).recordings;
    expect(back?.heardAt).not.toBeNull();
  });

  it("leaves call recordings alone: they are heard on the recordings page and removed by retention", async () => {
    expect((await handlePatchRecording(prisma, owner, callRecordingId, { heard: true })).status).toBe(404);
    expect((await handleDeleteRecording(prisma, owner, callRecordingId)).status).toBe(404);
    expect((await handleRestoreRecording(prisma, owner, callRecordingId)).status).toBe(404);
    expect(await prisma.recording.findUniqueOrThrow({ where: { id: callRecordingId } })).toMatchObject({ deletedAt: null, heardAt: null });
  });

  it("gives another tenant 404", async () => {
    expect((await handleListRecordings(prisma, stranger, media, new URLSearchParams())).body).toEqual({ recordings: [] });
    expect((await handlePatchRecording(prisma, stranger, id, { heard: false })).status).toBe(404);
    expect((await handleDeleteRecording(prisma, stranger, id)).status).toBe(404);
    expect((await handleRestoreRecording(prisma, stranger, id)).status).toBe(404);
  });
});
