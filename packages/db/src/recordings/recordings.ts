import { DomainError } from "../errors";
import type { Db } from "../createPrismaClient";
import { forTenant, SCOPED_TENANT, type TenantDb } from "../forTenant";

/** How long a deleted message can be brought back before it is purged with its file. */
export const RECORDING_UNDO_MS = 30_000;

const messageSelect = {
  id: true, kind: true, mailbox: true, fromNumber: true, durationMs: true, sizeBytes: true, heardAt: true, createdAt: true, callId: true,
} as const;

/** Stores the row of a recording whose file the runtime has written to media storage. */
export async function createRecording(db: TenantDb, input: {
  id: string; callId: string | null; kind: "call" | "voicemail"; mailbox: string | null; fromNumber: string | null;
  storageKey: string; sizeBytes: number; durationMs: number;
  /** A call-centre recording: its queue and agent, kept only when they are the tenant's own. */
  queueId?: string | null; agentExtensionId?: string | null;
}) {
  const { queueId, agentExtensionId, ...rest } = input;
  const [queue, agent] = await Promise.all([
    queueId ? db.queue.count({ where: { id: queueId } }) : 0,
    agentExtensionId ? db.extension.count({ where: { id: agentExtensionId } }) : 0,
  ]);
  return db.recording.create({
    data: { ...rest, queueId: queue ? queueId : null, agentExtensionId: agent ? agentExtensionId : null, mimeType: "audio/wav", tenantId: SCOPED_TENANT },
  });
}

/**
 * Call recordings for supervisors, newest first, filtered by agent (extension id), queue, caller
 * (number contains) and time; deleted ones are left out. `agentExtensionId` also serves an agent
 * allowed to hear only their own.
 */
export function listCallRecordings(db: TenantDb, filter: { agentExtensionId?: string; queueId?: string; caller?: string; from?: Date; to?: Date; take?: number } = {}) {
  return db.recording.findMany({
    where: {
      kind: "call", deletedAt: null,
      ...(filter.agentExtensionId && { agentExtensionId: filter.agentExtensionId }),
      ...(filter.queueId && { queueId: filter.queueId }),
      ...(filter.caller && { fromNumber: { contains: filter.caller } }),
      ...((filter.from || filter.to) && { createdAt: { ...(filter.from && { gte: filter.from }), ...(filter.to && { lt: filter.to }) } }),
    },
    select: { id: true, callId: true, fromNumber: true, queueId: true, agentExtensionId: true, durationMs: true, sizeBytes: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: Math.min(filter.take ?? 100, 500),
  });
}

/** A mailbox's messages (or every recording of a kind), newest first; deleted ones are left out. */
export function listRecordings(db: TenantDb, filter: { mailbox?: string; kind?: "call" | "voicemail"; take?: number } = {}) {
  return db.recording.findMany({
    where: { deletedAt: null, ...(filter.mailbox !== undefined ? { mailbox: filter.mailbox } : {}), ...(filter.kind ? { kind: filter.kind } : {}) },
    select: messageSelect,
    orderBy: { createdAt: "desc" },
    take: Math.min(filter.take ?? 100, 500),
  });
}

/** Unheard messages per mailbox, for the inbox badge. */
export async function countUnheardMessages(db: TenantDb) {
  const rows = await db.recording.groupBy({ by: ["mailbox"], where: { kind: "voicemail", heardAt: null, deletedAt: null }, _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.mailbox ?? "", row._count._all]));
}

/** Marks a voicemail message heard (or unheard again). */
export async function markRecordingHeard(db: TenantDb, recordingId: string, heard: boolean, now = new Date()) {
  const { count } = await db.recording.updateMany({ where: { id: recordingId, kind: "voicemail", deletedAt: null }, data: { heardAt: heard ? now : null } });
  if (count === 0) throw new DomainError("NOT_FOUND", "Recording not found");
}

/**
 * Deletes a voicemail message; it can be restored for RECORDING_UNDO_MS, then it is purged with its
 * file. Call recordings are not deleted one by one: the organisation's retention removes them.
 */
export async function deleteRecording(db: TenantDb, recordingId: string, userId?: string, now = new Date()) {
  const { count } = await db.recording.updateMany({ where: { id: recordingId, kind: "voicemail", deletedAt: null }, data: { deletedAt: now } });
  if (count === 0) throw new DomainError("NOT_FOUND", "Recording not found");
  await db.auditLog.create({ data: { action: "recording.delete", entityType: "Recording", entityId: recordingId, userId: userId ?? null, tenantId: SCOPED_TENANT } });
  return { undoUntil: new Date(now.getTime() + RECORDING_UNDO_MS) };
}

/** Undoes a deletion within the undo window. */
export async function restoreRecording(db: TenantDb, recordingId: string, now = new Date()) {
  const { count } = await db.recording.updateMany({
    where: { id: recordingId, kind: "voicemail", deletedAt: { not: null, gt: new Date(now.getTime() - RECORDING_UNDO_MS) } },
    data: { deletedAt: null },
  });
  if (count === 0) throw new DomainError("NOT_FOUND", "This message can no longer be restored");
}

/**
 * Removes recordings deleted longer ago than the undo window, across tenants (a maintenance job):
 * returns their storage keys so the caller deletes the files after the rows.
 */
export async function purgeDeletedRecordings(prisma: Db, now = new Date()) {
  const before = new Date(now.getTime() - RECORDING_UNDO_MS);
  const doomed = await prisma.recording.findMany({ where: { deletedAt: { lt: before } }, select: { id: true, storageKey: true }, take: 500 });
  if (!doomed.length) return [];
  await prisma.recording.deleteMany({ where: { id: { in: doomed.map((r) => r.id) } } });
  return doomed.map((r) => r.storageKey);
}

/** What the audio handler needs to serve a recording (deleted ones stay playable for undo). */
export async function resolveRecordingAudio(prisma: Db, tenantId: string, recordingId: string) {
  const recording = await forTenant(prisma, tenantId).recording.findFirst({
    where: { id: recordingId }, select: { storageKey: true, sizeBytes: true, createdAt: true, kind: true },
  });
  if (!recording) return null;
  const stamp = recording.createdAt.toISOString().slice(0, 16).replace(/[-:T]/g, "");
  return {
    key: recording.storageKey, sizeBytes: recording.sizeBytes, etag: `"${recordingId}-${recording.sizeBytes}"`, modifiedAt: recording.createdAt,
    fileName: `${recording.kind === "voicemail" ? "voicemail" : "recording"}-${stamp}.wav`,
  };
}
