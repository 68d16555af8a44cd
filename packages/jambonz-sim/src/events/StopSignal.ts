/**
 * A one-shot "stop" signal with the slice of the AbortSignal API the verbs use. The simulator makes
 * one per verb and per wait loop — thousands a second under load — and Node's AbortSignal (an
 * EventTarget) costs several times more to create, listen to and fire.
 */
export interface StopSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

class OneShotSignal implements StopSignal {
  aborted = false;
  reason: unknown = undefined;
  // Created on first use: most verbs end without anyone listening.
  private listeners: Array<() => void> | null = null;

  addEventListener(_type: 'abort', listener: () => void, _options?: { once?: boolean }): void {
    if (!this.aborted) (this.listeners ??= []).push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const index = this.listeners?.indexOf(listener) ?? -1;
    if (index >= 0) this.listeners!.splice(index, 1);
  }

  /** Fires every listener once (all listeners are one-shot, as the verbs register them). */
  fire(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.listeners;
    this.listeners = null;
    if (listeners) for (const listener of listeners) listener();
  }
}

export class StopController {
  readonly signal = new OneShotSignal();

  abort(reason: unknown = 'stopped'): void {
    this.signal.fire(reason);
  }
}
