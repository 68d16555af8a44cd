import { purgeDeletedRecordings, purgeExpiredRecordings, type Db } from "@centrala/db";
import type { MediaStorage } from "@centrala/media";

const BATCH = 500;

/**
 * Deletes what is no longer to be kept: call recordings past their organisation's retention
 * (`Tenant.recordingRetentionDays`) and recordings deleted by a person whose undo window has
 * passed. Rows go first, then their files: a file whose row is gone can no longer be served, and a
 * failed file delete leaves only an orphan file, never a row that plays nothing. Returns how many.
 */
export async function purgeRecordings(prisma: Db, storage: MediaStorage, now = new Date()): Promise<{ expired: number; deleted: number }> {
  const counts = { expired: 0, deleted: 0 };
  for (;;) {
    const expired = await purgeExpiredRecordings(prisma, now, BATCH);
    for (const { storageKey } of expired) await storage.delete(storageKey);
    counts.expired += expired.length;
    if (expired.length < BATCH) break;
  }
  for (;;) {
    const deleted = await purgeDeletedRecordings(prisma, now);
    for (const storageKey of deleted) await storage.delete(storageKey);
    counts.deleted += deleted.length;
    if (deleted.length < BATCH) break;
  }
  return counts;
}
