import "server-only";
import { createMediaRequestHandler, createMediaStorage, type MediaStorage } from "@centrala/media";
import { getPrisma, resolvePromptAudio, resolveRecordingAudio } from "@centrala/db";
import { getMediaSettings } from "@/env";

let storage: MediaStorage | undefined;
let handler: ReturnType<typeof createMediaRequestHandler> | undefined;

/** The media store and audio handler of this web server (one per process). */
export function getMediaContext() {
  const settings = getMediaSettings();
  storage ??= createMediaStorage(settings);
  handler ??= createMediaRequestHandler({
    storage, signingKey: settings.signingKey,
    resolver: {
      resolvePrompt: (tenantId, promptId, language) => resolvePromptAudio(getPrisma(), tenantId, promptId, language),
      resolveRecording: (tenantId, recordingId) => resolveRecordingAudio(getPrisma(), tenantId, recordingId),
    },
  });
  // Same-origin links for the browser: the web app serves /api/prompt-audio and /api/recording-audio too.
  return { settings, storage, handleMediaRequest: handler, origin: "" };
}
