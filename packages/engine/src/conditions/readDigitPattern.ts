import { isValidDigitPattern } from "@centrala/flow";

// Patterns come from published flows, so there are few; the cap only stops a leak.
const maxCachedPatterns = 1000;
const cache = new Map<string, RegExp | null>();

/**
 * Compiles a digits pattern once (anchored: the whole input must match) and caches it.
 * Returns null for a pattern the flow rules reject, or one that nests quantifiers
 * (`(\d+)+`), which could backtrack for seconds on a long input.
 */
export function readDigitPattern(pattern: string): RegExp | null {
  const cached = cache.get(pattern);
  if (cached !== undefined) return cached;
  const regex = isValidDigitPattern(pattern) && !hasNestedQuantifier(pattern) ? new RegExp(`^(?:${pattern})$`) : null;
  if (cache.size >= maxCachedPatterns) cache.clear();
  cache.set(pattern, regex);
  return regex;
}

/** Tells whether a quantified group itself contains a quantifier. */
function hasNestedQuantifier(pattern: string): boolean {
  const groupHasQuantifier: boolean[] = [];
  let closedGroupHadQuantifier = false;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index];
    if (char === "\\") {
      index += 1;
      closedGroupHadQuantifier = false;
      continue;
    }
    const isQuantifier = char === "*" || char === "+" || char === "?" || char === "{";
    if (isQuantifier && closedGroupHadQuantifier) return true;
    if (isQuantifier && groupHasQuantifier.length > 0) groupHasQuantifier[groupHasQuantifier.length - 1] = true;
    closedGroupHadQuantifier = false;
    if (char === "(") groupHasQuantifier.push(false);
    if (char === ")") {
      closedGroupHadQuantifier = groupHasQuantifier.pop() ?? false;
      if (closedGroupHadQuantifier && groupHasQuantifier.length > 0) groupHasQuantifier[groupHasQuantifier.length - 1] = true;
    }
  }
  return false;
}
