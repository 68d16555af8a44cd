import type { Pool } from "pg";
import type { Logger } from "../observability/createLogger";
import type { FlowCache } from "./createFlowCache";

/**
 * Gets a new runtime ready for its first calls before it says so on /readyz: every routed number
 * in the flow cache (which also loads the database client's query machinery) and the pool's
 * connections open. If the database is away it keeps trying, with backoff, in the background.
 */
export function warmUp(opts: { flowCache: FlowCache; pool: Pool; logger: Logger; connections?: number }) {
  let done = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let delayMs = 250;

  async function attempt(): Promise<void> {
    const began = performance.now();
    const routes = await opts.flowCache.warm();
    // Open several connections at once (each query needs its own while the others are running).
    await Promise.all(Array.from({ length: opts.connections ?? 4 }, () => opts.pool.query("SELECT pg_sleep(0.01)")));
    done = true;
    opts.logger.info({ routes, ms: Math.round(performance.now() - began) }, "warmed up: routes loaded, database connections open");
  }

  function run() {
    void attempt().catch((err: unknown) => {
      if (stopped) return;
      opts.logger.warn({ err: err instanceof Error ? err.message : String(err), retry_ms: delayMs }, "could not warm up yet; retrying");
      timer = setTimeout(run, delayMs);
      timer.unref?.();
      delayMs = Math.min(delayMs * 2, 5000);
    });
  }
  run();

  return {
    isDone: () => done,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
