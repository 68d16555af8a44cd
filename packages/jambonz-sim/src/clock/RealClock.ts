import type { Clock, TimerHandle } from './Clock';

/** Wall-clock time via `setTimeout`; for interactive in-browser test calls. */
export class RealClock implements Clock {
  private readonly handles = new Map<number, ReturnType<typeof setTimeout>>();
  private nextId = 1;

  now(): number {
    return Date.now();
  }

  setTimer(callback: () => void, ms: number): TimerHandle {
    const id = this.nextId++;
    this.handles.set(
      id,
      setTimeout(() => {
        this.handles.delete(id);
        callback();
      }, Math.max(0, ms)),
    );
    return { id };
  }

  clearTimer(handle: TimerHandle | undefined): void {
    if (!handle) return;
    const real = this.handles.get(handle.id);
    if (real !== undefined) clearTimeout(real);
    this.handles.delete(handle.id);
  }

  // Real time passes on its own; there is nothing to hold back.
  hold(): () => void {
    return () => undefined;
  }
}
