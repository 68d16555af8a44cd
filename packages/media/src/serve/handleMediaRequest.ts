import type { Readable } from "node:stream";
import { generateHoldMelody } from "../audio/generateHoldMelody";
import { promptGrantScope, recordingGrantScope, verifyMediaGrant } from "../signing/mediaGrant";
import { parseMediaPath } from "../signing/mediaUrls";
import type { MediaStorage } from "../storage/MediaStorage";
import { parseRange } from "./parseRange";

/** The file behind a media URL, as the database knows it (size and version without a disk read). */
export type ResolvedMedia = { key: string; sizeBytes: number; etag: string; modifiedAt: Date; fileName: string };

/** Looks prompts and recordings up, always within the tenant named by the (signed) URL. */
export type MediaResolver = {
  resolvePrompt(tenantId: string, promptId: string, language: string): Promise<ResolvedMedia | null>;
  resolveRecording(tenantId: string, recordingId: string): Promise<ResolvedMedia | null>;
};

export type MediaRequest = { method: string; url: string; headers: Record<string, string | string[] | undefined> };
export type MediaResponse = { status: number; headers: Record<string, string>; body: Buffer | Readable | null };

/** The id under which every tenant finds the project's own music on hold. */
export const DEFAULT_HOLD_MUSIC_ID = "centrala-hold-music";

// jambonz's media server caches a URL's file for at most this long, then revalidates it with a
// HEAD request (ETag, Last-Modified, Content-Length): a replaced prompt is heard within minutes.
const PROMPT_MAX_AGE_S = 300;
const RECORDING_MAX_AGE_S = 3600;
// Lookups are remembered briefly: jambonz fetches the same few prompts over and over.
const RESOLVE_CACHE_MS = 2000;
const RESOLVE_CACHE_ENTRIES = 10_000;
// Prompts are small and fetched again and again: keep their bytes (keyed by file and version).
const CONTENT_CACHE_BYTES = 64 * 1024 * 1024;
const CONTENT_CACHE_FILE_BYTES = 1024 * 1024;

/**
 * Serves `/api/prompt-audio/...` and `/api/recording-audio/...`: checks the signed grant, looks
 * the file up within the URL's tenant, and answers with the right type, ETag/Last-Modified,
 * Cache-Control, 304 for conditional requests and 206 for ranges. One implementation behind the
 * runtime's plain HTTP server and the web app's route handlers.
 */
export function createMediaRequestHandler(opts: { storage: MediaStorage; signingKey: Buffer; resolver: MediaResolver; now?: () => number }) {
  const now = opts.now ?? (() => Date.now());
  const cache = new Map<string, { at: number; value: ResolvedMedia | null }>();
  let melody: { bytes: Buffer; modifiedAt: Date } | null = null;
  const contents = new Map<string, Buffer>();
  let contentBytes = 0;

  const readContent = async (file: ResolvedMedia): Promise<Buffer | null> => {
    const id = `${file.key}|${file.etag}`;
    const hit = contents.get(id);
    if (hit) return hit;
    const stored = await opts.storage.get(file.key);
    if (!stored) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of stored.body) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    while (contentBytes + bytes.length > CONTENT_CACHE_BYTES && contents.size) {
      const [oldest, buffer] = contents.entries().next().value as [string, Buffer];
      contents.delete(oldest);
      contentBytes -= buffer.length;
    }
    contents.set(id, bytes);
    contentBytes += bytes.length;
    return bytes;
  };

  const remember = async (id: string, load: () => Promise<ResolvedMedia | null>) => {
    const hit = cache.get(id);
    const t = now();
    if (hit && t - hit.at < RESOLVE_CACHE_MS) return hit.value;
    const value = await load();
    if (cache.size >= RESOLVE_CACHE_ENTRIES) cache.clear();
    cache.set(id, { at: t, value });
    return value;
  };

  return async function handleMediaRequest(req: MediaRequest): Promise<MediaResponse> {
    if (req.method !== "GET" && req.method !== "HEAD") return text(405, "Only GET and HEAD are allowed", { allow: "GET, HEAD" });
    const pathname = req.url.split("?")[0]!;
    const target = parseMediaPath(safeDecode(pathname));
    if (!target) return text(404, "No such audio");
    const scope = target.kind === "prompt" ? promptGrantScope(target.tenantId) : recordingGrantScope(target.tenantId, target.recordingId);
    const grant = verifyMediaGrant(opts.signingKey, scope, target.grant, now());
    if (!grant.ok) return text(403, grant.reason === "expired" ? "This audio link has expired" : "This audio link is not valid");

    let file: ResolvedMedia | null;
    let inline: Buffer | null = null;
    const cacheKey = target.kind === "prompt" ? `p/${target.tenantId}/${target.promptId}/${target.language}` : `r/${target.tenantId}/${target.recordingId}`;
    if (target.kind === "prompt" && target.promptId === DEFAULT_HOLD_MUSIC_ID) {
      melody ??= { bytes: generateHoldMelody(), modifiedAt: new Date(0) };
      inline = melody.bytes;
      file = { key: "", sizeBytes: inline.length, etag: "\"centrala-hold-music-v1\"", modifiedAt: melody.modifiedAt, fileName: "hold-music.wav" };
    } else if (target.kind === "prompt") {
      file = await remember(cacheKey, () => opts.resolver.resolvePrompt(target.tenantId, target.promptId, target.language));
    } else {
      file = await remember(cacheKey, () => opts.resolver.resolveRecording(target.tenantId, target.recordingId));
    }
    if (!file) return text(404, "No such audio");

    const download = target.kind === "recording" && /[?&]download=1(&|$)/.test(req.url);
    const headers: Record<string, string> = {
      "content-type": "audio/wav",
      "accept-ranges": "bytes",
      etag: file.etag,
      "last-modified": file.modifiedAt.toUTCString(),
      "cache-control": `private, max-age=${target.kind === "prompt" ? PROMPT_MAX_AGE_S : RECORDING_MAX_AGE_S}`,
      "x-content-type-options": "nosniff",
      "content-disposition": `${download ? "attachment" : "inline"}; filename="${file.fileName}"`,
    };
    if (isNotModified(req, file)) return { status: 304, headers: omitBodyHeaders(headers), body: null };

    const ifRange = header(req, "if-range");
    const range = ifRange === undefined || ifRange === file.etag ? parseRange(header(req, "range"), file.sizeBytes) : null;
    if (range === "unsatisfiable") return { status: 416, headers: { ...omitBodyHeaders(headers), "content-range": `bytes */${file.sizeBytes}` }, body: null };
    const status = range ? 206 : 200;
    const length = range ? range.end - range.start + 1 : file.sizeBytes;
    headers["content-length"] = String(length);
    if (range) headers["content-range"] = `bytes ${range.start}-${range.end}/${file.sizeBytes}`;
    if (req.method === "HEAD") return { status, headers, body: null };
    if (!inline && target.kind === "prompt" && file.sizeBytes <= CONTENT_CACHE_FILE_BYTES) inline = await readContent(file);
    if (inline) return { status, headers, body: range ? inline.subarray(range.start, range.end + 1) : inline };
    const stored = await opts.storage.get(file.key, range ?? undefined);
    if (!stored) {
      cache.delete(cacheKey);
      return text(404, "No such audio");
    }
    return { status, headers, body: stored.body };
  };
}

function isNotModified(req: MediaRequest, file: ResolvedMedia): boolean {
  const inm = header(req, "if-none-match");
  if (inm !== undefined) return inm.split(",").some((tag) => tag.trim() === file.etag || tag.trim() === "*" || tag.trim() === `W/${file.etag}`);
  const ims = header(req, "if-modified-since");
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return Number.isFinite(since) && Math.floor(file.modifiedAt.getTime() / 1000) <= Math.floor(since / 1000);
}

function omitBodyHeaders(headers: Record<string, string>): Record<string, string> {
  const { "content-type": _type, "content-disposition": _disposition, ...rest } = headers;
  return rest;
}

function header(req: MediaRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function text(status: number, message: string, extra: Record<string, string> = {}): MediaResponse {
  return { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...extra }, body: Buffer.from(message) };
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return "";
  }
}
