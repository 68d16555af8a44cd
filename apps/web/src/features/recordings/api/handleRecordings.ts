import { buildRecordingUrl } from "@centrala/media";
import { deleteRecording, DomainError, forTenant, listRecordings, markRecordingHeard, restoreRecording, type Db } from "@centrala/db";
import { z } from "zod";
import { respondError, respondNotFound, respondOk, type ApiResult } from "../../api/apiResult";
import type { ApiSession } from "../../api/ApiSession";
import { parseJsonBody } from "../../api/parseJsonBody";

export type RecordingMedia = { signingKey: Buffer; origin: string; now?: () => number };

const patchSchema = z.object({ heard: z.boolean() });
const notFound = () => respondNotFound("Recording");

/**
 * GET /api/recordings?mailbox=: voicemail messages newest first, each with signed play and download
 * links. Call recordings are not listed here: /api/call-recordings scopes them to whom the member may
 * hear and writes every play and download into the audit log.
 */
export async function handleListRecordings(prisma: Db, session: ApiSession, media: RecordingMedia, query: URLSearchParams): Promise<ApiResult> {
  const rows = await listRecordings(forTenant(prisma, session.tenantId), {
    ...(query.get("mailbox") !== null ? { mailbox: query.get("mailbox")! } : {}),
    kind: "voicemail",
  });
  const now = (media.now ?? Date.now)();
  return respondOk({
    recordings: rows.map((row) => ({
      ...row, heardAt: row.heardAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString(),
      playUrl: buildRecordingUrl(media.origin, media.signingKey, session.tenantId, row.id, now),
      downloadUrl: buildRecordingUrl(media.origin, media.signingKey, session.tenantId, row.id, now, true),
    })),
  });
}

/** PATCH /api/recordings/[id] {heard}: marks a message heard or unheard. */
export async function handlePatchRecording(prisma: Db, session: ApiSession, recordingId: string, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(patchSchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  try {
    await markRecordingHeard(forTenant(prisma, session.tenantId), recordingId, parsed.data.heard);
    return respondOk({ id: recordingId, heard: parsed.data.heard });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return notFound();
    throw error;
  }
}

/** DELETE /api/recordings/[id]: deleted, restorable until `undoUntil`. */
export async function handleDeleteRecording(prisma: Db, session: ApiSession, recordingId: string): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  try {
    const { undoUntil } = await deleteRecording(db, recordingId, session.userId);
    return respondOk({ id: recordingId, deleted: true, undoUntil: undoUntil.toISOString() });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return notFound();
    throw error;
  }
}

/** POST /api/recordings/[id]/restore: undoes a delete within its undo window. */
export async function handleRestoreRecording(prisma: Db, session: ApiSession, recordingId: string): Promise<ApiResult> {
  try {
    await restoreRecording(forTenant(prisma, session.tenantId), recordingId);
    return respondOk({ id: recordingId, restored: true });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return respondError(404, "NOT_FOUND", session.locale === "pl" ? "Tej wiadomości nie można już przywrócić." : "This message can no longer be restored.");
    throw error;
  }
}
