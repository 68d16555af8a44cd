/** Map of event name to listener argument. */
export type EventMap = Record<string, unknown>;

type Listener<T> = (payload: T) => void;

/** Tiny typed event emitter that works in browsers (no `node:events`). */
export class Emitter<Events extends EventMap> {
  private listeners = new Map<keyof Events, Set<Listener<never>>>();

  /** Subscribes; returns the unsubscribe function. */
  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as Listener<never>);
    return () => this.off(event, listener);
  }

  once<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const off = this.on(event, (payload) => {
      off();
      listener(payload);
    });
    return off;
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    this.listeners.get(event)?.delete(listener as Listener<never>);
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    const set = this.listeners.get(event);
    if (!set || set.size === 0) return;
    // Copy so listeners that subscribe or unsubscribe while being called do not disturb the
    // iteration (with one listener, holding it is the copy).
    if (set.size === 1) return (set.values().next().value as Listener<Events[K]>)(payload);
    for (const listener of [...set]) (listener as Listener<Events[K]>)(payload);
  }
}
