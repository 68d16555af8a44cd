import { AudioError } from "./AudioError";

export type AudioContainer = "wav" | "mp3" | "ogg" | "m4a" | "webm";

/** The container an upload really is, read from its first bytes (never from its name). */
export type SniffedAudio = { container: AudioContainer; mime: string; extension: AudioContainer };

const containers: Record<string, AudioContainer> = {
  wav: "wav", mp3: "mp3", ogg: "ogg", oga: "ogg", opus: "ogg", m4a: "m4a", mp4: "m4a", webm: "webm",
};
const mimes: Record<AudioContainer, string> = {
  wav: "audio/wav", mp3: "audio/mpeg", ogg: "audio/ogg", m4a: "audio/mp4", webm: "audio/webm",
};

/**
 * Reads the type from the magic bytes (RIFF/WAVE, ID3 or an MPEG frame, OggS, an ISO-BMFF `ftyp`
 * box, EBML). WebM is what browsers record with MediaRecorder; MP4 counts as M4A when it holds
 * AAC, which the probe checks next.
 */
export async function sniffAudioType(head: Buffer): Promise<SniffedAudio> {
  if (head.length === 0) throw new AudioError("EMPTY");
  // Loaded on first use: only processes that take uploads need it.
  const { fileTypeFromBuffer } = await import("file-type");
  const found = await fileTypeFromBuffer(head);
  const container = found ? containers[found.ext] : undefined;
  if (!found || !container) throw new AudioError("NOT_AUDIO", found ? { detectedType: describeType(found.ext, found.mime) } : {});
  return { container, mime: mimes[container], extension: container };
}

function describeType(ext: string, mime: string): string {
  return `${ext.toUpperCase()} (${mime})`;
}
