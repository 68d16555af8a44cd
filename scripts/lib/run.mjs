// Small process helpers shared by the start and test scripts (plain Node: they run before npm install).
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const bin = (name) => path.join(root, "node_modules/.bin", name);

/** Runs a command to completion, inheriting output; throws with a readable message when it fails. */
export function runStep(label, command, args, options = {}) {
  const started = Date.now();
  if (label) console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options, env: { ...process.env, ...options.env } });
  if (result.error) throw new Error(`${label || command}: ${result.error.message}`);
  if (result.status !== 0) {
    const err = new Error(`${label || command} failed (exit code ${result.status})`);
    err.exitCode = result.status ?? 1;
    throw err;
  }
  if (label) console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * Runs a command beside others; resolves when it passed, rejects with a readable message when it
 * failed. Its output is held back and printed in one piece when it ends, so it never interleaves.
 */
export function runStepInBackground(label, command, args, options = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label} (in the background)`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], ...options, env: { ...process.env, ...options.env } });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("error", (err) => reject(new Error(`${label}: ${err.message}`)));
    child.on("close", (code) => {
      process.stdout.write(Buffer.concat(output));
      if (code === 0) {
        console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        return resolve();
      }
      const err = new Error(`${label} failed (exit code ${code})`);
      err.exitCode = code ?? 1;
      reject(err);
    });
  });
}

/** Starts a long-running child in its own process group so it can be stopped with everything it spawned. */
export function startService(name, command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], detached: true, ...options, env: { ...process.env, ...options.env } });
  const prefix = `[${name}] `;
  const forward = (stream, out) => {
    let buf = "";
    stream.on("data", (chunk) => {
      buf += chunk.toString();
      const lines = buf.split("\n");
      buf = lines.pop() ?? "";
      for (const line of lines) out.write(prefix + line + "\n");
    });
  };
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  return child;
}

/** Stops a service started with startService: SIGTERM to its group, SIGKILL after a grace period. */
export async function stopService(child, graceMs = 8000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try { process.kill(-child.pid, "SIGTERM"); } catch { return; }
  const timer = setTimeout(() => { try { process.kill(-child.pid, "SIGKILL"); } catch { /* gone */ } }, graceMs);
  await exited;
  clearTimeout(timer);
}

/** Waits until an HTTP URL answers (any status below 500), or throws after the timeout. */
export async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export function hasCommand(name) {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}
