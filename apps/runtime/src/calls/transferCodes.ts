/** The keypad code of a blind transfer by the agent: `*1`, the extension, `#` (e.g. `*1102#`). */
export const BLIND_TRANSFER_PREFIX = "*1";
/** More patterns than this and jambonz's collector would be matching a phone book: codes stop at this many extensions. */
const MAX_CODES = 500;

/** The extension a matched keypad pattern names, or null. */
export function readTransferCode(dtmf: string): string | null {
  const match = /^\*1(\d{1,10})#$/.exec(dtmf);
  return match ? match[1]! : null;
}

/**
 * Lets the agent transfer by keypad during a flow's dial to extensions: jambonz's `dtmfCapture`
 * only matches fixed patterns (FS lib/utils/dtmf-collector.js, suffix match, 3 s between keys),
 * so every code is listed: `*1<extension>#` for each of the tenant's extensions. Only the
 * answering leg's keys (`childCall`): the caller's keys are never taken for a transfer.
 */
export function decorateDialVerbs(verbs: Array<Record<string, unknown>>, extensions: string[], dtmfHook: string): void {
  if (!extensions.length) return;
  const patterns = extensions.slice(0, MAX_CODES).map((number) => `${BLIND_TRANSFER_PREFIX}${number}#`);
  for (const verb of verbs) {
    if (verb.verb !== "dial" || verb.dtmfCapture) continue;
    const targets = Array.isArray(verb.target) ? (verb.target as Array<{ type?: string }>) : [];
    if (!targets.some((t) => t.type === "user")) continue;
    verb.dtmfCapture = { childCall: patterns };
    verb.dtmfHook = dtmfHook;
  }
}
