import type { CallerState } from "../state/acdState";

/** Within a queue: higher priority first, then arrival order. */
export function compareCallers(a: CallerState, b: CallerState): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  return a.seq - b.seq;
}

/** Where a caller goes in a queue's ordered `waiting` list (after every caller served before it). */
export function findWaitingIndex(waiting: readonly string[], caller: CallerState, read: (id: string) => CallerState | undefined): number {
  let low = 0;
  let high = waiting.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = read(waiting[middle] as string) as CallerState;
    if (compareCallers(other, caller) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
