import type { IncomingMessage, ServerResponse } from "node:http";
import { resolvePromptAudio, resolveRecordingAudio, type Db } from "@centrala/db";
import { createMediaRequestHandler, PROMPT_AUDIO_PATH, RECORDING_AUDIO_PATH, sendMediaResponse, type MediaStorage } from "@centrala/media";
import type { Logger } from "../observability/createLogger";

/** True for the URLs the media handler serves. */
export function isMediaPath(url: string | undefined): boolean {
  return url !== undefined && (url.startsWith(`${PROMPT_AUDIO_PATH}/`) || url.startsWith(`${RECORDING_AUDIO_PATH}/`));
}

/**
 * Prompt and recording audio over the runtime's own HTTP server: jambonz already reaches this
 * server, and a plain Node handler serves several thousand signed requests a second on one core
 * (bench/media). The same handler backs the web app's route of the same path.
 */
export function createMediaServer(opts: { prisma: Db; storage: MediaStorage; signingKey: Buffer; now: () => number; logger: Logger }) {
  const handleMediaRequest = createMediaRequestHandler({
    storage: opts.storage, signingKey: opts.signingKey, now: opts.now,
    resolver: {
      resolvePrompt: (tenantId, promptId, language) => resolvePromptAudio(opts.prisma, tenantId, promptId, language),
      resolveRecording: (tenantId, recordingId) => resolveRecordingAudio(opts.prisma, tenantId, recordingId),
    },
  });
  return {
    handle(req: IncomingMessage, res: ServerResponse): void {
      handleMediaRequest({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers })
        .then((response) => sendMediaResponse(res, response))
        .catch((err: unknown) => {
          opts.logger.error({ err: err instanceof Error ? err.message : String(err), url: req.url?.split("/").slice(0, 4).join("/") }, "could not serve audio");
          if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("Audio could not be served");
          else res.destroy();
        });
    },
  };
}
