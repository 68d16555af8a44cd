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

export class StopController {
  readonly signal: StopSignal & { aborted: boolean; reason: unknown };
  private listeners: Array<() => void> | null = null;

  constructor() {
    const listeners = (): Array<() => void> => (this.listeners ??= []);
    const self = this;
    this.signal = {
      aborted: false,
      reason: undefined,
      addEventListener(_type, listener) {
        if (!this.aborted) listeners().push(listener);
      },
      removeEventListener(_type, listener) {
        const list = self.listeners;
        const index = list ? list.indexOf(listener) : -1;
        if (index >= 0) list!.splice(index, 1);
      },
    };
  }

  /** Fires every listener once (all listeners are one-shot, as the verbs register them). */
  abort(reason: unknown = 'stopped'): void {
    if (this.signal.aborted) return;
    this.signal.aborted = true;
    this.signal.reason = reason;
    const list = this.listeners;
    this.listeners = null;
    if (list) for (const listener of list) listener();
  }
}
