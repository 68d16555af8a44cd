import type { Db } from "@centrala/db";
import { sendJob } from "@centrala/jobs";

/**
 * Queues the notice job for every voicemail of the last week that has none yet. The notice row
 * and the job are written in one transaction, and the row's key is the recording, so each
 * voicemail is queued exactly once however many workers sweep at once.
 */
export async function sweepVoicemails(prisma: Db, jobSchema?: string): Promise<number> {
  const since = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000);
  const waiting = await prisma.$queryRaw<{ id: string; tenantId: string }[]>`
    SELECT r."id", r."tenantId" FROM "Recording" r
    WHERE r."kind" = 'voicemail' AND r."createdAt" > ${since}
      AND NOT EXISTS (SELECT 1 FROM "VoicemailNotice" n WHERE n."recordingId" = r."id")
    ORDER BY r."createdAt" LIMIT 500`;
  let queued = 0;
  for (const recording of waiting) {
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.voicemailNotice.createMany({ data: [{ recordingId: recording.id, tenantId: recording.tenantId }], skipDuplicates: true });
      if (count === 0) return;
      await sendJob(tx, "voicemailReceived", { recordingId: recording.id }, { singletonKey: recording.id, ...(jobSchema ? { schema: jobSchema } : {}) });
      queued += 1;
    });
  }
  return queued;
}
