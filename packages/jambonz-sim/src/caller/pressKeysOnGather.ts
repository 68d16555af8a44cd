import type { CallerScript } from '../SimulatedCall';

export interface PressKeysOptions {
  /** Delay after the gather starts listening (default 1000 ms: the caller reacts to the prompt). */
  afterMs?: number;
  /** Gap between keys of one entry (default 250 ms). */
  gapMs?: number;
  /** Press during the prompt (dtmf barge-in) instead of after it: counted from the gather's start. */
  bargeIn?: boolean;
}

/**
 * Answers each successive `gather` with the next entry ('1', '1234#'...). Entries run out into
 * silence. Each gather is answered at most once, even if it restarts its timer after a barge-in.
 */
export function pressKeysOnGather(entries: readonly string[], options: PressKeysOptions = {}): CallerScript {
  const { afterMs = 1000, gapMs = 250, bargeIn = false } = options;
  return (call) => {
    let next = 0;
    let gatherCount = 0;
    let answeredGather = 0;
    call.on('event', (event) => {
      if (event.kind === 'verb-start' && event.name === 'gather') gatherCount++;
      const trigger = bargeIn ? event.kind === 'verb-start' && event.name === 'gather' : event.kind === 'gather-listening';
      if (!trigger || answeredGather === gatherCount || next >= entries.length) return;
      answeredGather = gatherCount;
      const digits = entries[next++] as string;
      call.clock.setTimer(() => call.press(digits, gapMs), afterMs);
    });
  };
}
