import type { CallerScript } from '../SimulatedCall';

/**
 * Answers each successive `gather` that listens for speech by saying the next phrase, `afterMs`
 * after it starts listening (default 1000). Phrases run out into silence.
 */
export function sayOnGather(phrases: readonly string[], afterMs = 1000): CallerScript {
  return (call) => {
    let next = 0;
    call.on('event', (event) => {
      if (event.kind !== 'gather-listening' || !event.speech || next >= phrases.length) return;
      const text = phrases[next++] as string;
      call.clock.setTimer(() => call.say(text), afterMs);
    });
  };
}
