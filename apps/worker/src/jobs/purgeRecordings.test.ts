import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, createRecording, forTenant, type Db } from "@centrala/db";
import { createTestTenant } from "@centrala/db/testing";
import { buildRecordingKey, createLocalStorage, type MediaStorage } from "@centrala/media";
import { purgeRecordings } from "./purgeRecordings";

// Retention against the real database and real files in a local media folder.
const DAY = 24 * 60 * 60 * 1000;
let prisma: Db;
let dir: string;
let storage: MediaStorage;

beforeAll(() => {
  prisma = createPrismaClient(undefined, 3);
  dir = mkdtempSync(path.join(os.tmpdir(), "centrala-purge-"));
  storage = createLocalStorage(dir);
});
afterAll(async () => {
  await prisma?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

/** A recording row and its file, `ageDays` old (voicemails over a week old, out of the notice sweep's reach). */
async function storeRecording(prisma: Db, storage: MediaStorage, tenantId: string, kind: "call" | "voicemail", ageDays: number, deletedAgoMs?: number) {
  const id = randomUUID().replaceAll("-", "");
  const storageKey = buildRecordingKey(tenantId, id);
  await storage.put(storageKey, Buffer.from("RIFF----WAVEfmt "));
  await createRecording(forTenant(prisma, tenantId), { id, callId: null, kind, mailbox: kind === "voicemail" ? "101" : null, fromNumber: "+48600100200", storageKey, sizeBytes: 16, durationMs: 1000 });
  await prisma.recording.update({
    where: { id },
    data: { createdAt: new Date(Date.now() - ageDays * DAY), ...(deletedAgoMs !== undefined && { deletedAt: new Date(Date.now() - deletedAgoMs) }) },
  });
  return { id, storageKey };
}

async function exists(prisma: Db, storage: MediaStorage, recording: { id: string; storageKey: string }) {
  const [row, file] = await Promise.all([prisma.recording.count({ where: { id: recording.id } }), storage.stat(recording.storageKey)]);
  return { row: row === 1, file: file !== null };
}

describe("recordings purge", () => {
  it("deletes call recordings past each organisation's retention, rows and files, and nothing else", async () => {
    const [short, long] = await Promise.all([createTestTenant(prisma, "Short"), createTestTenant(prisma, "Long")]);
    await prisma.tenant.update({ where: { id: short.tenant.id }, data: { recordingRetentionDays: 30 } });
    expect(long.tenant.recordingRetentionDays).toBe(90);
    const shortOld = await storeRecording(prisma, storage, short.tenant.id, "call", 31);
    const shortNew = await storeRecording(prisma, storage, short.tenant.id, "call", 29);
    const shortVoicemail = await storeRecording(prisma, storage, short.tenant.id, "voicemail", 200);
    const longMiddle = await storeRecording(prisma, storage, long.tenant.id, "call", 31);
    const longOld = await storeRecording(prisma, storage, long.tenant.id, "call", 91);
    const deletedLongAgo = await storeRecording(prisma, storage, long.tenant.id, "voicemail", 8, 60_000);
    const deletedJustNow = await storeRecording(prisma, storage, long.tenant.id, "voicemail", 8, 1_000);

    const purged = await purgeRecordings(prisma, storage);
    expect(purged.expired).toBeGreaterThanOrEqual(2);
    expect(purged.deleted).toBeGreaterThanOrEqual(1);

    for (const gone of [shortOld, longOld, deletedLongAgo]) expect(await exists(prisma, storage, gone)).toEqual({ row: false, file: false });
    for (const kept of [shortNew, shortVoicemail, longMiddle, deletedJustNow]) expect(await exists(prisma, storage, kept)).toEqual({ row: true, file: true });
    const audit = await prisma.auditLog.findMany({ where: { tenantId: { in: [short.tenant.id, long.tenant.id] }, action: "recording.retentionPurge" }, select: { tenantId: true, data: true } });
    expect(audit).toEqual(expect.arrayContaining([{ tenantId: short.tenant.id, data: { count: 1 } }, { tenantId: long.tenant.id, data: { count: 1 } }]));
    expect(await purgeRecordings(prisma, storage)).toMatchObject({ expired: 0 });
  });
});
