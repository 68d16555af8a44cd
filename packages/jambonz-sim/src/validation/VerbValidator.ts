/** A verb after `normalizeJambones`: its name and its data object. */
export interface NormalizedVerb {
  name: string;
  data: Record<string, unknown>;
}

/**
 * The two operations FS applies to every verb list it receives (make_task.js). Injectable so a
 * bundle that cannot include the spec library can substitute its own; the default is the real one.
 */
export interface VerbValidator {
  /** `normalizeJambones`: throws 'malformed jambonz payload: ...' on anything but an array of verb objects. */
  normalize(verbs: unknown): Array<Record<string, unknown>>;
  /** `validateVerb`: throws an Error naming the first problem. */
  validateVerb(name: string, data: unknown): void;
}
