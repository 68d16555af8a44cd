import type { CallerScript } from '../SimulatedCall';

/** The caller hangs up `afterMs` into the `occurrence`-th (1-based) run of verb `name`. */
export function hangUpOnVerb(name: string, afterMs = 0, occurrence = 1): CallerScript {
  return (call) => {
    let seen = 0;
    call.on('event', (event) => {
      if (event.kind === 'verb-start' && event.name === name && ++seen === occurrence) {
        call.clock.setTimer(() => call.hangUp(), afterMs);
      }
    });
  };
}
