import type { CallerScript } from '../SimulatedCall';

/** The caller hangs up `ms` after the call starts, whatever is happening. */
export function hangUpAfter(ms: number): CallerScript {
  return (call) => {
    call.clock.setTimer(() => call.hangUp(), ms);
  };
}
