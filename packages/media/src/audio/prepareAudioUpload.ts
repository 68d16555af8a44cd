import { createWriteStream } from "node:fs";
import { mkdtemp, open, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AudioError } from "./AudioError";
import { normaliseAudio, type Loudness } from "./normaliseAudio";
import { probeAudio } from "./probeAudio";
import { sniffAudioType, type SniffedAudio } from "./sniffAudioType";

export type UploadLimits = { maxUploadBytes: number; maxSeconds: number; ffmpegPath: string; ffprobePath: string };

/** An upload checked and normalised in a private temporary folder, ready to be stored. */
export type PreparedAudio = {
  original: { file: string; sizeBytes: number } & SniffedAudio & { codec: string; sampleRate: number; channels: number };
  normalised: { file: string; sizeBytes: number; durationMs: number };
  loudness: { input: Loudness; output: Loudness; gainDb: number };
  /** Removes the temporary files; call it whatever happens next. */
  discard(): Promise<void>;
};

/**
 * Takes an upload stream and either returns the original and a normalised WAV, or throws an
 * AudioError naming the problem. The size cap is enforced while the stream is read (the rest is
 * never read); the type comes from the content; a header that promises more audio than the file
 * holds is a cut-short upload. Nothing is stored here; on error nothing is left behind.
 */
export async function prepareAudioUpload(body: Readable | AsyncIterable<Uint8Array> | Iterable<Uint8Array>, limits: UploadLimits): Promise<PreparedAudio> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "centrala-upload-"));
  const discard = () => rm(folder, { recursive: true, force: true });
  try {
    const upload = path.join(folder, "upload");
    const sizeBytes = await spoolWithCap(body, upload, limits.maxUploadBytes);
    if (sizeBytes === 0) throw new AudioError("EMPTY");
    const sniffed = await sniffAudioType(await readHead(upload, 4100));
    const probe = await probeAudio(upload, sniffed.container, limits.ffprobePath);
    if (probe.declaredSeconds !== null && probe.declaredSeconds > limits.maxSeconds) {
      throw new AudioError("TOO_LONG", { seconds: probe.declaredSeconds, maxSeconds: limits.maxSeconds });
    }
    const normalisedFile = path.join(folder, "normalised.wav");
    const result = await normaliseAudio(upload, normalisedFile, {
      ffmpegPath: limits.ffmpegPath, maxSeconds: limits.maxSeconds, expectedSeconds: probe.declaredSeconds ?? limits.maxSeconds,
    });
    if (probe.declaredSeconds !== null && isCutShort(probe.declaredSeconds, result.decodedSeconds)) {
      throw new AudioError("TRUNCATED", { declaredSeconds: probe.declaredSeconds, seconds: result.decodedSeconds });
    }
    return {
      original: { file: upload, sizeBytes, ...sniffed, codec: probe.codec, sampleRate: probe.sampleRate, channels: probe.channels },
      normalised: { file: normalisedFile, sizeBytes: (await stat(normalisedFile)).size, durationMs: result.durationMs },
      loudness: { input: result.input, output: result.output, gainDb: result.gainDb },
      discard,
    };
  } catch (err) {
    await discard();
    throw err;
  }
}

/** A file holds less than its header says when over 2% (and half a second) of it is missing. */
export function isCutShort(declaredSeconds: number, decodedSeconds: number): boolean {
  return declaredSeconds - decodedSeconds > Math.max(0.5, declaredSeconds * 0.02);
}

async function spoolWithCap(body: Readable | AsyncIterable<Uint8Array> | Iterable<Uint8Array>, file: string, maxBytes: number): Promise<number> {
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) done(new AudioError("TOO_LARGE", { maxBytes }));
      else done(null, chunk);
    },
  });
  const source = body instanceof Readable ? body : Readable.from(body);
  await pipeline(source, counter, createWriteStream(file, { flags: "wx" }));
  return size;
}

async function readHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(head, 0, bytes, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
