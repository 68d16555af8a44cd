import { z } from "zod";
import { AudioError } from "./AudioError";
import type { AudioContainer } from "./sniffAudioType";
import { runTool } from "./runTool";

const probeSchema = z.object({
  streams: z.array(z.object({
    codec_type: z.string().optional(),
    codec_name: z.string().optional(),
    sample_rate: z.string().optional(),
    channels: z.number().optional(),
  })).default([]),
  format: z.object({ format_name: z.string().optional(), duration: z.string().optional() }).optional(),
});

export type AudioProbe = { codec: string; sampleRate: number; channels: number; declaredSeconds: number | null };

const codecsByContainer: Record<AudioContainer, (codec: string) => boolean> = {
  wav: (c) => c.startsWith("pcm_") || c.startsWith("adpcm_") || c === "gsm_ms",
  mp3: (c) => c === "mp3",
  ogg: (c) => c === "vorbis" || c === "opus",
  m4a: (c) => c === "aac" || c === "alac",
  webm: (c) => c === "opus" || c === "vorbis",
};

/** Asks ffprobe what the file holds: its audio codec and the length its headers declare. */
export async function probeAudio(file: string, container: AudioContainer, ffprobePath: string): Promise<AudioProbe> {
  const result = await runTool(ffprobePath, [
    "-v", "error", "-show_entries", "format=format_name,duration:stream=codec_type,codec_name,sample_rate,channels", "-of", "json", file,
  ], { timeoutMs: 15_000, cpuSeconds: 10, memoryBytes: 1024 ** 3 });
  if (result.timedOut) throw new AudioError("TOO_SLOW");
  let parsed;
  try {
    parsed = probeSchema.parse(JSON.parse(result.stdout || "{}"));
  } catch {
    throw new AudioError("UNREADABLE");
  }
  const audio = parsed.streams.find((s) => s.codec_type === "audio");
  if (result.code !== 0 || !audio?.codec_name) throw new AudioError("UNREADABLE");
  if (!codecsByContainer[container](audio.codec_name)) {
    throw new AudioError("UNSUPPORTED_AUDIO", { detectedType: `${container.toUpperCase()} / ${audio.codec_name}` });
  }
  const declared = Number(parsed.format?.duration);
  return {
    codec: audio.codec_name,
    sampleRate: Number(audio.sample_rate ?? 0),
    channels: audio.channels ?? 0,
    declaredSeconds: Number.isFinite(declared) && declared > 0 ? declared : null,
  };
}
