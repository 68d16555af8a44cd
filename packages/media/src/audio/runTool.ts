import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

export type ToolLimits = {
  /** Wall-clock limit; the process is killed (SIGKILL) when it runs longer. */
  timeoutMs: number;
  /** CPU seconds and address space, enforced by the kernel through prlimit where it exists. */
  cpuSeconds?: number;
  memoryBytes?: number;
  /** Output kept from stdout and stderr (the rest is dropped, not buffered). */
  maxOutputBytes?: number;
};

export type ToolResult = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; timedOut: boolean };

const prlimit = ["/usr/bin/prlimit", "/bin/prlimit"].find((p) => existsSync(p));

/**
 * Runs ffmpeg/ffprobe with an argument array (never a shell), no stdin, a time limit and resource
 * caps, and collects its output.
 */
export function runTool(command: string, args: readonly string[], limits: ToolLimits): Promise<ToolResult> {
  const caps = prlimit && (limits.cpuSeconds || limits.memoryBytes)
    ? [`--cpu=${limits.cpuSeconds ?? "unlimited"}`, `--as=${limits.memoryBytes ?? "unlimited"}`, "--"]
    : [];
  const [file, argv] = caps.length ? [prlimit!, [...caps, command, ...args]] : [command, [...args]];
  const keep = limits.maxOutputBytes ?? 256 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => { if (outBytes < keep) { out.push(chunk); outBytes += chunk.length; } });
    // stderr is read from the end: ffmpeg's summary (and errors) come last.
    child.stderr.on("data", (chunk: Buffer) => {
      err.push(chunk);
      errBytes += chunk.length;
      while (errBytes - err[0]!.length > keep) errBytes -= err.shift()!.length;
    });
    const timer = setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, limits.timeoutMs);
    child.on("error", (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(e.code === "ENOENT" ? new Error(`${command} is not installed. Install Debian's ffmpeg package (apt-get install ffmpeg) or set FFMPEG_PATH/FFPROBE_PATH.`) : e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), timedOut });
    });
  });
}
