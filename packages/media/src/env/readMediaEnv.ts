import { createHmac } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const optionalText = z.string().trim().min(1).optional().or(z.literal("").transform(() => undefined));

const mediaEnvSchema = z.object({
  /** Where the local store keeps files (default `.data/media` in the project folder). */
  MEDIA_DIR: optionalText,
  /** Signs audio URLs; falls back to a key derived from RUNTIME_SECRET so web and runtime agree. */
  MEDIA_SECRET: z.string().min(16, "MEDIA_SECRET must be at least 16 characters").optional(),
  RUNTIME_SECRET: z.string().min(16, "RUNTIME_SECRET must be at least 16 characters").optional(),
  /** Any S3-compatible store; when S3_BUCKET is set, files go there instead of MEDIA_DIR. */
  S3_BUCKET: optionalText,
  S3_ENDPOINT: z.url({ error: "S3_ENDPOINT must be a full URL such as https://s3.eu-central-1.amazonaws.com" }).optional().or(z.literal("").transform(() => undefined)),
  S3_REGION: optionalText,
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  /** Path-style addressing (http://host/bucket/key), which most S3-compatible servers need. */
  S3_FORCE_PATH_STYLE: z.enum(["true", "false", "1", "0", ""]).optional(),
  /** Folder inside the bucket, so one bucket can serve several installations. */
  S3_PREFIX: optionalText,
  /** Upload caps (bytes and seconds of audio). */
  MEDIA_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).default(60 * 1024 * 1024),
  MEDIA_MAX_SECONDS: z.coerce.number().int().min(1).default(20 * 60),
  /** Where ffmpeg/ffprobe live (default: found on PATH, installed from Debian's packages). */
  FFMPEG_PATH: z.string().default("ffmpeg"),
  FFPROBE_PATH: z.string().default("ffprobe"),
});

export type S3Settings = {
  bucket: string; endpoint?: string; region: string; forcePathStyle: boolean; prefix: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

/** Media settings, read once per process from the app's environment. */
export type MediaSettings = {
  storage: { kind: "local"; dir: string } | { kind: "s3"; s3: S3Settings };
  signingKey: Buffer;
  maxUploadBytes: number;
  maxSeconds: number;
  ffmpegPath: string;
  ffprobePath: string;
};

/**
 * Reads the media settings (storage, signing key, caps, ffmpeg) with errors naming the variable
 * at fault. Apps call it from their own env module, so the environment is still read in one place.
 */
export function readMediaEnv(env: Record<string, string | undefined>): MediaSettings {
  const parsed = mediaEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new Error(`The media settings are invalid:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const secret = e.MEDIA_SECRET ?? (e.RUNTIME_SECRET ? deriveKey(e.RUNTIME_SECRET) : undefined);
  if (!secret) throw new Error("The media settings are invalid:\n- MEDIA_SECRET: set MEDIA_SECRET (or RUNTIME_SECRET) so audio URLs can be signed");
  const signingKey = createHmac("sha256", secret).update("centrala/media-url/v1").digest();
  const common = { signingKey, maxUploadBytes: e.MEDIA_MAX_UPLOAD_BYTES, maxSeconds: e.MEDIA_MAX_SECONDS, ffmpegPath: e.FFMPEG_PATH, ffprobePath: e.FFPROBE_PATH };
  if (!e.S3_BUCKET) {
    const s3Only = (["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const).filter((name) => e[name]);
    if (s3Only.length) throw new Error(`The media settings are invalid:\n- S3_BUCKET: ${s3Only.join(", ")} ${s3Only.length > 1 ? "are" : "is"} set but S3_BUCKET is not`);
    return { ...common, storage: { kind: "local", dir: resolveMediaDir(e.MEDIA_DIR) } };
  }
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY)) {
    throw new Error("The media settings are invalid:\n- S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY: set both or neither (neither uses the usual AWS credential chain)");
  }
  const s3: S3Settings = {
    bucket: e.S3_BUCKET,
    region: e.S3_REGION ?? "us-east-1",
    forcePathStyle: e.S3_FORCE_PATH_STYLE === "true" || e.S3_FORCE_PATH_STYLE === "1" || (e.S3_FORCE_PATH_STYLE === undefined && e.S3_ENDPOINT !== undefined),
    prefix: (e.S3_PREFIX ?? "").replace(/^\/+|\/+$/g, ""),
    ...(e.S3_ENDPOINT ? { endpoint: e.S3_ENDPOINT } : {}),
    ...(e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { credentials: { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } } : {}),
  };
  return { ...common, storage: { kind: "s3", s3 } };
}

function deriveKey(runtimeSecret: string): string {
  return createHmac("sha256", runtimeSecret).update("centrala/media-secret").digest("base64url");
}

/** A relative MEDIA_DIR is taken from the project folder, wherever the app was started from. */
function resolveMediaDir(dir: string | undefined): string {
  const root = findProjectRoot(process.cwd());
  return path.resolve(root, dir ?? ".data/media");
}

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, "utf8")) as { workspaces?: unknown }).workspaces) return dir;
      } catch { /* not ours */ }
    }
    if (path.dirname(dir) === dir) return start;
  }
}
