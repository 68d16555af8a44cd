import type { ServerResponse } from "node:http";
import { Readable } from "node:stream";
import type { MediaResponse } from "./handleMediaRequest";

/** Writes a media response to a plain Node HTTP response (the runtime's server). */
export function sendMediaResponse(res: ServerResponse, response: MediaResponse): void {
  res.writeHead(response.status, response.headers);
  const body = response.body;
  if (body === null) {
    res.end();
  } else if (Buffer.isBuffer(body)) {
    res.end(body);
  } else {
    body.on("error", () => res.destroy());
    res.on("close", () => body.destroy());
    body.pipe(res);
  }
}

/** The same response as a web `Response` (the Next.js route handlers). */
export function convertMediaResponseToWeb(response: MediaResponse): Response {
  const body = response.body;
  const init = { status: response.status, headers: response.headers };
  if (body === null) return new Response(null, init);
  if (Buffer.isBuffer(body)) return new Response(new Uint8Array(body), init);
  return new Response(Readable.toWeb(body as Readable) as ReadableStream, init);
}
