import type { PenaltyLimit } from "./queueSettings";

/** The highest member penalty a caller who has waited `waitedMs` may be offered to. */
export function readPenaltyLimit(limits: readonly PenaltyLimit[], waitedMs: number): number {
  let limit = Number.POSITIVE_INFINITY;
  for (const step of limits) {
    if (step.afterSeconds * 1000 <= waitedMs) limit = step.maxPenalty;
  }
  return limit;
}

/** When the caller's limit next widens (epoch ms), or null. */
export function readNextPenaltyStep(limits: readonly PenaltyLimit[], joinedAt: number, now: number): number | null {
  for (const step of limits) {
    const at = joinedAt + step.afterSeconds * 1000;
    if (at > now) return at;
  }
  return null;
}
