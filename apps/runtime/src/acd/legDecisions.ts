import type { SqlRunner } from "@centrala/db";
import { legDecisionSchema, type LegDecision } from "./agentLegTag";

/**
 * Where an answered agent leg waits for the dispatcher's decision about it. The decision is stored
 * on the leg's row and announced (NOTIFY centrala_acd_leg) in the dispatcher's transaction; the
 * instance carrying the leg's socket hears it, or finds it on the row (a notification that raced
 * the wait, or was missed while its listener reconnected).
 */
export function createLegDecisions(pool: SqlRunner) {
  const waiting = new Map<string, (decision: LegDecision) => void>();

  async function readStored(legId: string): Promise<LegDecision | null> {
    const { rows } = await pool.query<{ decision: unknown }>(`SELECT decision FROM "AcdLeg" WHERE id = $1`, [legId]);
    const parsed = legDecisionSchema.safeParse(rows[0]?.decision);
    return parsed.success ? parsed.data : null;
  }

  return {
    /** A decision announced by the dispatcher. */
    deliver(legId: string, decision: unknown): void {
      const parsed = legDecisionSchema.safeParse(decision);
      if (parsed.success) waiting.get(legId)?.(parsed.data);
    },
    /** The decision for the leg, or null when none came within `timeoutMs`. */
    async waitFor(legId: string, timeoutMs: number): Promise<LegDecision | null> {
      let resolve!: (decision: LegDecision | null) => void;
      const result = new Promise<LegDecision | null>((r) => (resolve = r));
      waiting.set(legId, resolve);
      const timer = setTimeout(() => resolve(null), timeoutMs);
      let poll: NodeJS.Timeout | undefined;
      const check = () => {
        readStored(legId).then((stored) => { if (stored) resolve(stored); }, () => {});
        poll = setTimeout(check, 300);
      };
      check();
      try {
        return await result;
      } finally {
        clearTimeout(timer);
        clearTimeout(poll);
        waiting.delete(legId);
      }
    },
  };
}
export type LegDecisions = ReturnType<typeof createLegDecisions>;
