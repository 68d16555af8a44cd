import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const folder = mkdtempSync(path.join(os.tmpdir(), "centrala-audio-fixtures-"));

/**
 * Makes a real audio file with Debian's ffmpeg from a generated signal (tone plus noise, or
 * silence), so tests never depend on downloaded recordings.
 */
export function makeTestAudio(name: string, opts: { seconds: number; args: string[]; volume?: number; silence?: boolean; rate?: number; channels?: number }): string {
  const file = path.join(folder, name);
  const rate = opts.rate ?? 44_100;
  const source = opts.silence
    ? ["-f", "lavfi", "-i", `anullsrc=r=${rate}:cl=${opts.channels === 1 ? "mono" : "stereo"}`]
    : ["-f", "lavfi", "-i", `sine=frequency=330:sample_rate=${rate}`, "-f", "lavfi", "-i", `anoisesrc=c=pink:a=0.1:r=${rate}`];
  const filter = opts.silence ? [] : ["-filter_complex", `[0][1]amix=inputs=2,volume=${opts.volume ?? 0.2}`];
  execFileSync("ffmpeg", [
    "-hide_banner", "-loglevel", "error", "-y", ...source, ...filter, "-t", String(opts.seconds), "-ac", String(opts.channels ?? 2), ...opts.args, file,
  ]);
  return file;
}

export const readTestAudio = (file: string) => readFileSync(file);
