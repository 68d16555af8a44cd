import type { NormalizedVerb, VerbValidator } from '../validation/VerbValidator';
import { convertVerbs } from '../validation/convertVerbs';
import type { TranscriptEventInput } from '../transcript/TranscriptEvent';

/** One verb as received from the app, with the verdict of the spec validator. */
export interface ReceivedVerb {
  atMs: number;
  /** Where it came from: session:new, `verb:hook /menu`, command redirect, waitHook... */
  source: string;
  name: string;
  verb: unknown;
  valid: boolean;
  error?: string;
}

interface VerbRecorder {
  readonly receivedVerbs: ReceivedVerb[];
  readonly keepsValidVerbs: boolean;
  log(event: TranscriptEventInput): { atMs: number };
}

function nameOf(item: unknown): string {
  if (typeof item !== 'object' || item === null) return String(item);
  const record = item as Record<string, unknown>;
  if (typeof record.verb === 'string') return record.verb;
  return Object.keys(record)[0] ?? '(empty)';
}

/**
 * Checks every item on its own (FS stops at the first bad one) so tests can assert that every
 * verb an app ever sent passed `@jambonz/verb-specifications`. Returns the converted list when every
 * item passed (the same list FS would run), so the caller need not validate it again.
 */
export function recordReceivedVerbs(recorder: VerbRecorder, validator: VerbValidator, json: unknown, source: string): NormalizedVerb[] | undefined {
  const items = Array.isArray(json) ? json : json === undefined ? [] : [json];
  let converted: NormalizedVerb[] | undefined = Array.isArray(json) ? [] : undefined;
  for (const item of items) {
    let error: string | undefined;
    try {
      const verbs = convertVerbs(validator, [item]);
      converted?.push(...verbs);
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    if (!Array.isArray(json)) error = 'malformed jambonz payload: must be array';
    const name = nameOf(item);
    const { atMs } = recorder.log({ kind: 'verb-received', source, name, valid: error === undefined, verb: item, ...(error !== undefined && { error }) });
    if (error !== undefined || recorder.keepsValidVerbs) {
      recorder.receivedVerbs.push({ atMs, source, name, verb: item, valid: error === undefined, ...(error !== undefined && { error }) });
    }
    if (error !== undefined) converted = undefined;
  }
  return converted;
}
