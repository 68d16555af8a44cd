/** Caps on JSON request bodies: bytes (413), nesting depth and number of values (422). */
export const JSON_BODY_LIMITS = {
  /** A 5,000-step flow document is about 3 MB. */
  maxBytes: 4 * 1024 * 1024,
  /** Flow documents nest about 8 levels; nothing Centrala reads needs more than a few dozen. */
  maxDepth: 64,
  /** Objects, arrays and values in all. */
  maxValues: 250_000,
} as const;

export type JsonBodyLimits = { maxBytes: number; maxDepth: number; maxValues: number };

/** "4 MB", "512 KB": a byte count as people read it. */
export function formatByteLimit(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
