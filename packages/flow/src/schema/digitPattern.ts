// Caller-entered digits are matched with patterns written by office staff. The character set
// is limited to digits and simple regex signs (no letters except \d, no lookarounds or
// backreferences) and the length is capped, so a pattern cannot be used to stall the engine.
const allowedPattern = /^(?:\\[d*#+?.]|[0-9*#\[\]{}()|?+.,^$-])*$/;

export const maxDigitPatternLength = 100;

/** Tells whether a digits pattern is allowed and compiles as a regular expression. */
export function isValidDigitPattern(pattern: string): boolean {
  if (pattern.length === 0 || pattern.length > maxDigitPatternLength) return false;
  if (!allowedPattern.test(pattern)) return false;
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
