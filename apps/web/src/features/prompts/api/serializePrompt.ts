import { buildPromptAudioUrl, buildPromptBaseUrl } from "@centrala/media";
import { PROMPT_LANGUAGES, type PromptDetails } from "@centrala/db";

/**
 * A prompt as the API returns it: its variants each with a signed `audioUrl` for the browser's
 * player (the same URL form jambonz gets), and which languages are still missing.
 */
export function serializePrompt(prompt: PromptDetails, media: { origin: string; signingKey: Buffer; tenantId: string; now: number }) {
  const base = buildPromptBaseUrl(media.origin, media.signingKey, media.tenantId, media.now);
  return {
    id: prompt.id, name: prompt.name, language: prompt.language, ttsText: prompt.ttsText,
    createdAt: prompt.createdAt.toISOString(), updatedAt: prompt.updatedAt.toISOString(),
    variants: prompt.variants.map((v) => ({
      language: v.language, durationMs: v.durationMs, sizeBytes: v.sizeBytes, sampleRate: v.sampleRate,
      original: { name: v.originalName, mime: v.originalMime, sizeBytes: v.originalSizeBytes },
      loudness: { input: v.inputLoudness, output: v.loudness, peakDbfs: v.peakDbfs },
      uploadedById: v.uploadedById, updatedAt: v.updatedAt.toISOString(),
      audioUrl: buildPromptAudioUrl(base, prompt.id, v.language),
    })),
    missingLanguages: PROMPT_LANGUAGES.filter((language) => !prompt.variants.some((v) => v.language === language)),
    usedIn: prompt.usedIn,
  };
}

/** A prompt as the API and the /prompts screen see it. */
export type PromptView = ReturnType<typeof serializePrompt>;
