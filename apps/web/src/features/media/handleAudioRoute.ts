import "server-only";
import { convertMediaResponseToWeb } from "@centrala/media";
import { getMediaContext } from "../prompts/getMediaContext";

/**
 * GET/HEAD of /api/prompt-audio/... and /api/recording-audio/... in the web app: the same handler
 * as the voice runtime's server (the signed URL is the permission), for the browser's players.
 */
export async function handleAudioRoute(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => { headers[name] = value; });
  const response = await getMediaContext().handleMediaRequest({ method: request.method, url: `${url.pathname}${url.search}`, headers });
  return convertMediaResponseToWeb(response);
}
