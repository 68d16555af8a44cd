import type { NormalizedVerb, VerbValidator } from './VerbValidator';

const MALFORMED = 'malformed jambonz application payload';

/**
 * Verbs FS 0.9.8 can build a task for (constants.json TaskName). The spec library also knows
 * sub-schemas such as `record`, `target` or `synthesizer`; they validate but FS rejects them.
 */
export const FS_VERB_NAMES: ReadonlySet<string> = new Set([
  'alert', 'answer', 'conference', 'config', 'dequeue', 'dial', 'dialogflow', 'dtmf', 'dub', 'enqueue',
  'gather', 'hangup', 'leave', 'lex', 'listen', 'llm', 'message', 'pause', 'play', 'rasa', 'redirect',
  'rest:dial', 'sip:decline', 'sip:request', 'sip:refer', 'say', 'stream', 'tag', 'transcribe',
]);

/**
 * What FS does to a verb list before running it: normalizeJambones, then per item make_task's
 * checks (exactly one key, object data) and validateVerb. Throws the first error, like FS.
 */
export function convertVerbs(validator: VerbValidator, verbs: unknown): NormalizedVerb[] {
  return validator.normalize(verbs).map((item) => {
    const keys = Object.keys(item);
    const name = keys[0];
    if (keys.length !== 1 || name === undefined) throw new Error(MALFORMED);
    const data = item[name];
    if (typeof data !== 'object' || data === null) throw new Error(MALFORMED);
    validator.validateVerb(name, data);
    if (!FS_VERB_NAMES.has(name)) throw new Error(`invalid jambonz verb '${name}'`);
    return { name, data: data as Record<string, unknown> };
  });
}
