/**
 * Picks where a round-robin hunt starts for this call. The engine keeps no state across calls,
 * so the call id is hashed (FNV-1a): calls spread evenly over the extensions, and the same call
 * always starts at the same place.
 */
export function readRotationOffset(callSid: string, size: number): number {
  if (size <= 1) return 0;
  let hash = 0x811c9dc5;
  for (let index = 0; index < callSid.length; index += 1) {
    hash ^= callSid.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % size;
}
