import type { StopSignal } from '../events/StopSignal';

/** Opaque handle returned by `Clock.setTimer`. */
export interface TimerHandle {
  readonly id: number;
}

/** Time source for the simulator: virtual (tests, benchmarks) or real (interactive test calls). */
export interface Clock {
  /** True when time moves only as the simulator advances it (then `hold` matters). */
  readonly virtual: boolean;
  /** Milliseconds since an arbitrary origin. */
  now(): number;
  setTimer(callback: () => void, ms: number): TimerHandle;
  clearTimer(handle: TimerHandle | undefined): void;
  /**
   * Marks real-world asynchronous work in progress (a socket handshake, an unanswered message).
   * A virtual clock does not move while any hold is active, so the app gets a fair chance to answer
   * before simulated deadlines pass. Returns the release function (safe to call twice).
   */
  hold(label: string): () => void;
  /**
   * Says that something real just happened (a message from the app, a REST request). A virtual
   * clock with a quiet period waits that long after the last such sign before firing a timer, so a
   * real actor reacting to an event (a runtime placing an agent call) acts before time moves on.
   */
  touch?(): void;
}

/** Resolves after `ms` of clock time, or immediately (with `false`) when `signal` aborts. */
export function sleepOn(clock: Clock, ms: number, signal?: StopSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = (): void => {
      clock.clearTimer(handle);
      resolve(false);
    };
    const handle = clock.setTimer(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
