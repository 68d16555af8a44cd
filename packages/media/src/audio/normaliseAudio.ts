import { open } from "node:fs/promises";
import { AudioError } from "./AudioError";
import { LOUDNESS_TARGET_LUFS, PEAK_LIMIT_DBFS, PROMPT_CHANNELS, PROMPT_SAMPLE_RATE } from "./promptFormat";
import { readWavInfo } from "./readWavInfo";
import { runTool, type ToolResult } from "./runTool";

export type Loudness = { integratedLufs: number | null; peakDbfs: number | null };
export type NormaliseResult = { durationMs: number; decodedSeconds: number; input: Loudness; output: Loudness; gainDb: number };

type Tools = { ffmpegPath: string };
const memoryBytes = 1024 ** 3;

/**
 * Two passes of ffmpeg: the first decodes the upload to 16 kHz mono and measures its loudness
 * (EBU R128) and its real length; the second applies one gain to reach the target, holds peaks
 * under the limit and writes the WAV jambonz plays. `maxSeconds` stops overlong audio in the
 * first pass even when its header did not say how long it is.
 */
export async function normaliseAudio(input: string, output: string, opts: Tools & { expectedSeconds: number; maxSeconds: number }): Promise<NormaliseResult> {
  const limits = readLimits(Math.min(opts.expectedSeconds, opts.maxSeconds));
  const common = ["-nostdin", "-hide_banner", "-nostats", "-threads", "1", "-max_alloc", String(256 * 1024 * 1024)];
  const downmix = `aresample=${PROMPT_SAMPLE_RATE},aformat=channel_layouts=mono`;
  const measure = await runTool(opts.ffmpegPath, [
    ...common, "-i", input, "-map", "0:a:0", "-vn", "-t", String(opts.maxSeconds + 1),
    "-af", `${downmix},ebur128=peak=sample:framelog=verbose`, "-progress", "pipe:1", "-f", "null", "-",
  ], limits);
  checkRun(measure);
  const decodedSeconds = readProgressSeconds(measure.stdout);
  if (decodedSeconds > opts.maxSeconds) throw new AudioError("TOO_LONG", { seconds: decodedSeconds, maxSeconds: opts.maxSeconds });
  if (decodedSeconds <= 0) throw new AudioError("UNREADABLE");
  const inputLoudness = readLoudness(measure.stderr);
  // Silence (or nearly) has no meaningful loudness: leave its level alone rather than amplify hiss.
  const gainDb = inputLoudness.integratedLufs === null || inputLoudness.integratedLufs < -60
    ? 0
    : clamp(LOUDNESS_TARGET_LUFS - inputLoudness.integratedLufs, -30, 30);
  const limit = Math.pow(10, PEAK_LIMIT_DBFS / 20).toFixed(4);
  const apply = await runTool(opts.ffmpegPath, [
    ...common, "-y", "-i", input, "-map", "0:a:0", "-vn", "-map_metadata", "-1",
    "-af", `${downmix},volume=${gainDb.toFixed(2)}dB,alimiter=limit=${limit}:level=false:attack=5:release=50,ebur128=peak=sample:framelog=verbose`,
    "-c:a", "pcm_s16le", "-ar", String(PROMPT_SAMPLE_RATE), "-ac", String(PROMPT_CHANNELS), "-bitexact", "-f", "wav", output,
  ], limits);
  checkRun(apply);
  const durationMs = await readWavDurationMs(output);
  return { durationMs, decodedSeconds, input: inputLoudness, output: readLoudness(apply.stderr), gainDb: Math.round(gainDb * 100) / 100 };
}

/** Generous limits that still stop a runaway decoder: ~0.2 s per second of audio plus a base. */
function readLimits(seconds: number) {
  return { timeoutMs: 20_000 + Math.ceil(seconds * 200), cpuSeconds: 20 + Math.ceil(seconds * 0.2), memoryBytes };
}

function checkRun(result: ToolResult): void {
  if (result.timedOut || result.signal === "SIGXCPU" || result.signal === "SIGKILL") throw new AudioError("TOO_SLOW");
  if (result.code !== 0) throw new AudioError("UNREADABLE");
}

/** The last `out_time_us` of ffmpeg's -progress output: how much audio was actually decoded. */
export function readProgressSeconds(progress: string): number {
  const values = [...progress.matchAll(/^out_time_us=(\d+)$/gm)].map((m) => Number(m[1]));
  return values.length ? values[values.length - 1]! / 1e6 : 0;
}

/** Integrated loudness and sample peak from the ebur128 filter's summary. */
export function readLoudness(log: string): Loudness {
  const summary = log.slice(log.lastIndexOf("Summary:"));
  const integrated = /I:\s+(-?[\d.]+|-inf) LUFS/.exec(summary)?.[1];
  const peak = /Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1];
  const toNumber = (v: string | undefined) => (v === undefined || v === "-inf" || !Number.isFinite(Number(v)) || Number(v) <= -70 ? null : Number(v));
  return { integratedLufs: toNumber(integrated), peakDbfs: toNumber(peak) };
}

async function readWavDurationMs(file: string): Promise<number> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const info = readWavInfo(head.subarray(0, bytesRead), (await handle.stat()).size);
    if (!info) throw new AudioError("UNREADABLE");
    return info.durationMs;
  } finally {
    await handle.close();
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
