/** Longest caller or called number kept: E.164 has at most 15 digits; SIP user parts are short. */
export const maxPartyLength = 64;
/** Longest digit string kept from a gather (a collect step takes at most 32). */
export const maxDigitsLength = 64;
/** Longest other text kept from what jambonz reports (speech transcripts, reasons). */
export const maxTextLength = 1000;

type OnCut = (field: string, length: number) => void;

/** A caller or called number as jambonz reported it, cut to `maxPartyLength`. */
export function readCallParty(value: unknown, field: string, onCut: OnCut): string {
  const text = typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
  if (text.length <= maxPartyLength) return text;
  onCut(field, text.length);
  return text.slice(0, maxPartyLength);
}

/**
 * The data of a jambonz hook with every text cut to a sane length (digits to `maxDigitsLength`,
 * anything else to `maxTextLength`), so that nothing a caller or a broken peer sends is kept whole.
 * Nested objects (a speech result's alternatives) are cut the same way, a few levels deep.
 */
export function capHookData(data: unknown, onCut: OnCut): unknown {
  return capValue(data, "", onCut, 0);
}

function capValue(value: unknown, field: string, onCut: OnCut, depth: number): unknown {
  if (typeof value === "string") {
    const limit = field === "digits" ? maxDigitsLength : maxTextLength;
    if (value.length <= limit) return value;
    onCut(field, value.length);
    return value.slice(0, limit);
  }
  if (!value || typeof value !== "object") return value;
  // The message itself is at most 64 KiB (see JAMBONZ_MAX_PAYLOAD); deeper parts are left as they are.
  if (depth > 3) return value;
  if (Array.isArray(value)) {
    const capped = value.map((item) => capValue(item, field, onCut, depth + 1));
    return capped.some((item, i) => item !== value[i]) ? capped : value;
  }
  let out: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(value)) {
    const capped = capValue(item, key, onCut, depth + 1);
    if (capped !== item) (out ??= { ...(value as Record<string, unknown>) })[key] = capped;
  }
  return out ?? value;
}
