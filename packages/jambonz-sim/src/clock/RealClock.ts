import type { Clock, TimerHandle } from './Clock';

/** A real timer's handle carries the timer itself, so that clearing it needs no lookup. */
interface RealTimerHandle extends TimerHandle {
  readonly timeout: ReturnType<typeof setTimeout>;
}

const release = (): void => undefined;

/** Wall-clock time via `setTimeout`; for interactive in-browser test calls. */
export class RealClock implements Clock {
  readonly virtual = false;
  private nextId = 1;

  now(): number {
    return Date.now();
  }

  setTimer(callback: () => void, ms: number): TimerHandle {
    const handle: RealTimerHandle = { id: this.nextId++, timeout: setTimeout(callback, Math.max(0, ms)) };
    return handle;
  }

  clearTimer(handle: TimerHandle | undefined): void {
    if (handle) clearTimeout((handle as RealTimerHandle).timeout);
  }

  // Real time passes on its own; there is nothing to hold back.
  hold(): () => void {
    return release;
  }
}
