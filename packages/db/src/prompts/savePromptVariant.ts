import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { buildPromptVariantKeys, prepareAudioUpload, PROMPT_MIME, type MediaSettings, type MediaStorage } from "@centrala/media";
import { DomainError } from "../errors";
import { SCOPED_TENANT, type TenantDb } from "../forTenant";
import { isPromptLanguage, PROMPT_LANGUAGES } from "./promptLanguages";

export type SavePromptVariantInput = {
  tenantId: string;
  promptId: string;
  language: string;
  fileName: string;
  body: Readable | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  userId?: string;
};

/**
 * Uploads (or replaces) one language of a prompt: checks and normalises the audio (AudioError
 * when it is refused), stores the original and the normalised WAV under new keys, then points the
 * variant at them and deletes the replaced files. If anything fails, nothing changes: the old
 * recording keeps playing and no new file is left behind.
 */
export async function savePromptVariant(db: TenantDb, storage: MediaStorage, settings: Pick<MediaSettings, "maxUploadBytes" | "maxSeconds" | "ffmpegPath" | "ffprobePath">, input: SavePromptVariantInput) {
  if (!isPromptLanguage(input.language)) {
    throw new DomainError("INVALID", `Language must be one of ${PROMPT_LANGUAGES.join(", ")}`, { field: "language" });
  }
  const prompt = await db.prompt.findFirst({ where: { id: input.promptId }, select: { id: true } });
  if (!prompt) throw new DomainError("NOT_FOUND", "Prompt not found");

  const prepared = await prepareAudioUpload(input.body, settings);
  const keys = buildPromptVariantKeys(input.tenantId, input.promptId, input.language, randomBytes(8).toString("hex"), prepared.original.extension);
  const stored: string[] = [];
  try {
    const contentHash = await hashFile(prepared.normalised.file);
    await storage.put(keys.original, createReadStream(prepared.original.file), { contentType: prepared.original.mime });
    stored.push(keys.original);
    await storage.put(keys.normalised, createReadStream(prepared.normalised.file), { contentType: PROMPT_MIME });
    stored.push(keys.normalised);
    const data = {
      revision: keys.normalised.split("/").at(-2)!,
      originalKey: keys.original, originalName: input.fileName.slice(0, 200) || `${input.language}.${prepared.original.extension}`,
      originalMime: prepared.original.mime, originalSizeBytes: prepared.original.sizeBytes,
      normalisedKey: keys.normalised, sizeBytes: prepared.normalised.sizeBytes, durationMs: prepared.normalised.durationMs, sampleRate: 16_000,
      contentHash, inputLoudness: prepared.loudness.input.integratedLufs, loudness: prepared.loudness.output.integratedLufs,
      peakDbfs: prepared.loudness.output.peakDbfs, uploadedById: input.userId ?? null,
    };
    const previous = await db.promptVariant.findFirst({ where: { promptId: input.promptId, language: input.language }, select: { originalKey: true, normalisedKey: true } });
    const variant = await db.promptVariant.upsert({
      where: { promptId_language: { promptId: input.promptId, language: input.language } },
      create: { ...data, promptId: input.promptId, language: input.language, tenantId: SCOPED_TENANT },
      update: data,
    });
    await db.prompt.updateMany({ where: { id: input.promptId }, data: { updatedAt: new Date() } });
    await db.auditLog.create({
      data: { action: previous ? "prompt.variant.replace" : "prompt.variant.upload", entityType: "Prompt", entityId: input.promptId, userId: input.userId ?? null, data: { language: input.language, durationMs: data.durationMs }, tenantId: SCOPED_TENANT },
    });
    if (previous) await Promise.allSettled([storage.delete(previous.originalKey), storage.delete(previous.normalisedKey)]);
    return variant;
  } catch (err) {
    await Promise.allSettled(stored.map((key) => storage.delete(key)));
    throw err;
  } finally {
    await prepared.discard();
  }
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex").slice(0, 32);
}
