/** Map of event name to listener argument. */
export type EventMap = Record<string, unknown>;

type Listener<T> = (payload: T) => void;

/**
 * Tiny typed event emitter that works in browsers (no `node:events`). Listener lists are replaced,
 * never changed in place, so an emit walks the list as it was when the emit began: a listener added
 * during an emit is not called by it, and one removed during it still is. (Thousands of simulated
 * calls each hold several emitters, so a list is a plain array, not a Set.)
 */
export class Emitter<Events extends EventMap> {
  private listeners = new Map<keyof Events, Array<Listener<never>>>();

  /** Subscribes; returns the unsubscribe function. */
  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const list = this.listeners.get(event);
    this.listeners.set(event, list ? [...list, listener as Listener<never>] : [listener as Listener<never>]);
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
    const list = this.listeners.get(event);
    const at = list ? list.indexOf(listener as Listener<never>) : -1;
    if (at < 0) return;
    if (list!.length === 1) this.listeners.delete(event);
    else this.listeners.set(event, list!.filter((_, i) => i !== at));
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    const list = this.listeners.get(event) as Array<Listener<Events[K]>> | undefined;
    if (!list) return;
    for (let i = 0; i < list.length; i++) list[i]!(payload);
  }
}
