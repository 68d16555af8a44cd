import { z } from "zod";
import { migrateCallState, type CallState } from "@centrala/engine";

/**
 * What the runtime keeps per call outside the process (CallState table, keyed by call_sid): the
 * engine's state plus the runtime's own bookkeeping, so a reconnect to any instance can resume.
 */
export type StoredCall = {
  v: 1;
  engine: CallState;
  callId: string;
  tenantId: string;
  /** flowId -> published version id, pinned when first loaded so a mid-call publish changes nothing. */
  versions: Record<string, string>;
  /** The hooks this call's verbs asked jambonz to report to. */
  hooks: string[];
  traceSeq: number;
  answeredAt: number | null;
  isTest: boolean;
  /** The last answer sent to jambonz, kept until a later message shows jambonz got it. */
  lastAck?: { msgid: string; verbs: unknown[] } | null;
};

const storedCallSchema = z.object({
  v: z.literal(1),
  engine: z.unknown(),
  callId: z.string(),
  tenantId: z.string(),
  versions: z.record(z.string(), z.string()),
  hooks: z.array(z.string()),
  traceSeq: z.number().int(),
  answeredAt: z.number().nullable(),
  isTest: z.boolean(),
  lastAck: z.object({ msgid: z.string(), verbs: z.array(z.unknown()) }).nullable().optional(),
});

/** Reads a stored call from its JSON column, upgrading the engine state; null when unreadable. */
export function parseStoredCall(json: unknown): StoredCall | null {
  const parsed = storedCallSchema.safeParse(json);
  if (!parsed.success) return null;
  try {
    return { ...parsed.data, engine: migrateCallState(parsed.data.engine) };
  } catch {
    return null;
  }
}
