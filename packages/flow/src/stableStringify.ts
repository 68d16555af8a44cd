/** Returns a copy of a JSON value with every object's keys in sorted order (arrays keep theirs). */
export function sortKeysDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => sortKeysDeep(item)) as T;
  if (typeof value !== "object" || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    // Dropped like JSON.stringify would, so the copy and its JSON agree.
    if (item !== undefined) sorted[key] = sortKeysDeep(item);
  }
  return sorted as T;
}

/** JSON with sorted object keys: the same value always gives the same text. */
export function stableStringify(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeysDeep(value), null, indent);
}
