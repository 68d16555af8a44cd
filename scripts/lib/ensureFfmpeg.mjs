// Finds ffmpeg and ffprobe for prompt uploads (type checks, decoding, loudness normalisation).
// Never downloads a build: when they are missing it installs Debian's `ffmpeg` package (as root
// with apt-get), otherwise it says exactly what to install. FFMPEG_PATH/FFPROBE_PATH override.
import { existsSync } from "node:fs";
import { hasCommand, runStep } from "./run.mjs";

export function ensureFfmpeg() {
  const configured = [process.env.FFMPEG_PATH, process.env.FFPROBE_PATH].filter(Boolean);
  for (const file of configured) {
    if (file.includes("/") && !existsSync(file)) throw new Error(`${file} (from FFMPEG_PATH/FFPROBE_PATH) does not exist.`);
  }
  if (configured.length === 2 || (hasCommand("ffmpeg") && hasCommand("ffprobe"))) return;
  if (process.getuid?.() === 0 && hasCommand("apt-get")) {
    runStep("Installing ffmpeg from Debian's packages (for prompt uploads)", "sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ffmpeg"]);
    if (hasCommand("ffmpeg") && hasCommand("ffprobe")) return;
  }
  throw new Error(
    "ffmpeg is not installed; prompt uploads need it to check and normalise audio. Install it with your " +
      "system's package manager (Debian/Ubuntu: sudo apt-get install ffmpeg) or set FFMPEG_PATH and FFPROBE_PATH.",
  );
}
