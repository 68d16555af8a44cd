import type { Db } from "../createPrismaClient";
import { forTenant } from "../forTenant";
import { pickPromptVariant } from "./promptLanguages";

/** What the audio handler needs to serve a prompt in a call's language (null: no such prompt here). */
export async function resolvePromptAudio(prisma: Db, tenantId: string, promptId: string, language: string) {
  const variants = await forTenant(prisma, tenantId).promptVariant.findMany({
    where: { promptId },
    select: { language: true, normalisedKey: true, sizeBytes: true, contentHash: true, updatedAt: true, durationMs: true },
  });
  const variant = pickPromptVariant(variants, language);
  if (!variant) return null;
  return {
    key: variant.normalisedKey, sizeBytes: variant.sizeBytes, etag: `"${variant.contentHash}"`, modifiedAt: variant.updatedAt,
    fileName: `${promptId}-${variant.language}.wav`, language: variant.language, durationMs: variant.durationMs,
  };
}
