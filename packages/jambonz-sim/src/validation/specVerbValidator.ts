import specLib from '@jambonz/verb-specifications';
import type { VerbValidator } from './VerbValidator';

// The library only logs through this on malformed payloads; the simulator reports those itself.
const quietLogger = { info: () => undefined, debug: () => undefined, error: () => undefined };

/** The real `@jambonz/verb-specifications` 0.1.13, the same package and version FS 0.9.8 runs. */
export const specVerbValidator: VerbValidator = {
  normalize: (verbs) => specLib.normalizeJambones(quietLogger, verbs),
  validateVerb: (name, data) => specLib.validateVerb(name, data, quietLogger),
};
