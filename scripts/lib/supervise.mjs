// Keeps `npm start`'s services running: a service that exits unexpectedly is started again at once
// (after a few quick crashes in a row, with a growing pause), and the others keep running.
import { startService, stopService } from "./run.mjs";

/**
 * Starts a service and restarts it whenever it exits on its own. `stop()` stops it for good (the
 * restart loop ends), waiting for it to exit (SIGTERM, then SIGKILL after `graceMs`).
 */
export function superviseService(name, command, args, options = {}, { graceMs = 8000, log = console.error } = {}) {
  let child = null;
  let stopping = false;
  const crashes = [];
  const launch = () => {
    child = startService(name, command, args, options);
    child.once("exit", (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && crashes[0] < now - 60_000) crashes.shift();
      // Straight away the first times; a service that keeps crashing is retried more slowly.
      const delay = crashes.length <= 3 ? 0 : Math.min(30_000, 1000 * 2 ** (crashes.length - 4));
      log(`[${name}] stopped unexpectedly (${signal ?? `exit code ${code}`}); starting it again${delay ? ` in ${delay / 1000} s` : ""}.`);
      setTimeout(() => { if (!stopping) launch(); }, delay).unref();
    });
  };
  launch();
  return {
    name,
    get pid() { return child?.pid; },
    async stop() {
      stopping = true;
      await stopService(child, graceMs);
    },
  };
}
