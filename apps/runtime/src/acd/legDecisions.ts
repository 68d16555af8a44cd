import type { SqlRunner } from "@centrala/db";
import { legDecisionSchema, type LegDecision } from "./agentLegTag";

/**
 * Where an answered agent leg hears the dispatcher's decisions about it. A decision is stored on
 * the leg's row and announced (NOTIFY centrala_acd_leg) in the dispatcher's transaction; the
 * instance carrying the leg's socket hears it, or finds it on the row (a notification that raced
 * the wait, or was missed while its listener reconnected). A leg may get a second decision: the
 * caller it was bridging to hung up first (`release`).
 */
export function createLegDecisions(pool: SqlRunner) {
  const watchers = new Map<string, (decision: LegDecision) => void>();

  async function readStored(legId: string): Promise<LegDecision | null> {
    const { rows } = await pool.query<{ decision: unknown }>(`SELECT decision FROM "AcdLeg" WHERE id = $1`, [legId]);
    const parsed = legDecisionSchema.safeParse(rows[0]?.decision);
    return parsed.success ? parsed.data : null;
  }

  return {
    /** A decision announced by the dispatcher. */
    deliver(legId: string, decision: unknown): void {
      const parsed = legDecisionSchema.safeParse(decision);
      if (parsed.success) watchers.get(legId)?.(parsed.data);
    },
    /** Every decision announced for the leg from now on; returns the function that stops it. */
    watch(legId: string, onDecision: (decision: LegDecision) => void): () => void {
      watchers.set(legId, onDecision);
      return () => {
        if (watchers.get(legId) === onDecision) watchers.delete(legId);
      };
    },
    /** The first decision for the leg (announced or stored), or null when none came within `timeoutMs`. */
    async waitFor(legId: string, timeoutMs: number, announced: Promise<LegDecision>): Promise<LegDecision | null> {
      let poll: NodeJS.Timeout | undefined;
      let timer: NodeJS.Timeout | undefined;
      const stored = new Promise<LegDecision>((resolve) => {
        const check = () => {
          readStored(legId).then((found) => (found ? resolve(found) : (poll = setTimeout(check, 300))), () => (poll = setTimeout(check, 300)));
        };
        check();
      });
      const expired = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
      try {
        return await Promise.race([announced, stored, expired]);
      } finally {
        clearTimeout(timer);
        clearTimeout(poll);
      }
    },
  };
}
export type LegDecisions = ReturnType<typeof createLegDecisions>;
