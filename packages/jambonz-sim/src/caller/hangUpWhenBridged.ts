import type { CallerScript } from '../SimulatedCall';

/** Once connected to someone (dial, queue or conference), the caller talks `talkMs` then hangs up. */
export function hangUpWhenBridged(talkMs: number): CallerScript {
  return (call) => {
    call.on('event', (event) => {
      if (event.kind === 'bridged') call.clock.setTimer(() => call.hangUp(), talkMs);
    });
  };
}
