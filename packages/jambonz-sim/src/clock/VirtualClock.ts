import type { Clock, TimerHandle } from './Clock';

interface PendingTimer {
  id: number;
  at: number;
  seq: number;
  callback: () => void;
}

export interface VirtualClockOptions {
  /** Initial value of `now()`. Default 0. */
  startMs?: number;
  /**
   * Jump straight to the next timer whenever nothing real is in flight (default true), so
   * `await call.ended` finishes a ten-minute call in milliseconds. Set false to drive time
   * yourself with `advance()` / `runUntilIdle()`.
   */
  autoAdvance?: boolean;
  /** Called with errors thrown by timer callbacks (default: rethrown asynchronously). */
  onError?: (error: unknown) => void;
  /**
   * Real milliseconds of quiet (no `touch()`) required before the next timer fires (default 0).
   * A simulated jambonz serving real processes sets it, so that their reactions land in time.
   */
  quietMs?: number;
}

/** Deterministic simulated time. Timers fire in (time, creation) order; holds pause the clock. */
export class VirtualClock implements Clock {
  readonly virtual = true;
  private current: number;
  private timers: PendingTimer[] = [];
  private holds = new Map<number, string>();
  private holdWaiters: Array<() => void> = [];
  private nextId = 1;
  private nextSeq = 0;
  private pumping = false;
  private readonly autoAdvance: boolean;
  private readonly onError: (error: unknown) => void;
  private readonly quietMs: number;
  private lastTouch = 0;

  constructor(options: VirtualClockOptions = {}) {
    this.current = options.startMs ?? 0;
    this.quietMs = options.quietMs ?? 0;
    this.autoAdvance = options.autoAdvance ?? true;
    this.onError = options.onError ?? ((error) => setTimeout(() => { throw error; }, 0));
  }

  now(): number {
    return this.current;
  }

  /** Number of timers waiting to fire. */
  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Labels of the holds currently keeping the clock still (for debugging stuck tests). */
  get activeHolds(): string[] {
    return [...this.holds.values()];
  }

  setTimer(callback: () => void, ms: number): TimerHandle {
    const timer: PendingTimer = { id: this.nextId++, at: this.current + Math.max(0, ms), seq: this.nextSeq++, callback };
    this.timers.push(timer);
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    this.schedulePump();
    return { id: timer.id };
  }

  clearTimer(handle: TimerHandle | undefined): void {
    if (!handle) return;
    this.timers = this.timers.filter((t) => t.id !== handle.id);
  }

  hold(label: string): () => void {
    const id = this.nextId++;
    this.holds.set(id, label);
    return () => {
      if (!this.holds.delete(id)) return;
      if (this.holds.size === 0) {
        const waiters = this.holdWaiters;
        this.holdWaiters = [];
        waiters.forEach((wake) => wake());
        this.schedulePump();
      }
    };
  }

  touch(): void {
    if (this.quietMs > 0) this.lastTouch = performance.now();
  }

  /** Moves time forward by `ms`, firing due timers in order and letting real I/O settle between them. */
  async advance(ms: number): Promise<void> {
    this.assertManual('advance');
    const target = this.current + ms;
    for (;;) {
      await this.settle();
      const next = this.timers[0];
      if (!next || next.at > target) break;
      this.fireNext();
    }
    this.current = Math.max(this.current, target);
  }

  /** Fires timers until none remain (a call waiting for commands counts as idle). */
  async runUntilIdle(maxTimers = 1_000_000): Promise<void> {
    this.assertManual('runUntilIdle');
    for (let fired = 0; fired < maxTimers; fired++) {
      await this.settle();
      if (this.timers.length === 0) return;
      this.fireNext();
    }
    throw new Error(`VirtualClock.runUntilIdle: still busy after ${maxTimers} timers`);
  }

  private assertManual(method: string): void {
    if (this.autoAdvance) throw new Error(`VirtualClock.${method}() needs { autoAdvance: false }`);
  }

  // One real macrotask lets socket frames that already arrived be delivered; holds are waited out,
  // followed by another macrotask so work chained on the released hold can take its next hold.
  private async settle(): Promise<void> {
    for (;;) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (this.holds.size > 0) {
        await new Promise<void>((resolve) => this.holdWaiters.push(resolve));
        continue;
      }
      const quietFor = performance.now() - this.lastTouch;
      if (this.quietMs === 0 || quietFor >= this.quietMs) return;
      await new Promise<void>((resolve) => setTimeout(resolve, this.quietMs - quietFor));
    }
  }

  private fireNext(): void {
    const timer = this.timers.shift();
    if (!timer) return;
    this.current = Math.max(this.current, timer.at);
    try {
      timer.callback();
    } catch (error) {
      this.onError(error);
    }
  }

  private schedulePump(): void {
    if (!this.autoAdvance || this.pumping) return;
    this.pumping = true;
    void this.pump();
  }

  private async pump(): Promise<void> {
    try {
      for (;;) {
        await this.settle();
        if (this.timers.length === 0) return;
        this.fireNext();
      }
    } finally {
      this.pumping = false;
    }
  }
}
