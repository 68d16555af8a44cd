import { z } from "zod";
import { migrateCallState, type CallState } from "@centrala/engine";
import type { CallStart, CallTraceEvent, RecoveredCall } from "@centrala/db";
import type { ControlState } from "./CallController";

/** An agent the dispatcher is ringing for this caller (as its trace told), since `at` (epoch ms). */
export type RingingAgent = { at: number; extension?: string; name?: string };

/** A trace event as kept in the stored call until it is known written (`at` in epoch ms). */
export type StoredTraceEvent = { seq: number; at: number; type: string; nodeId: string | null; data: Record<string, unknown> };
/** The call's row as kept in the stored call until it is known written (`startedAt` in epoch ms). */
export type StoredCallRow = Omit<CallStart, "startedAt"> & { startedAt: number };

/**
 * What the runtime keeps per call outside the process (CallState table, keyed by call_sid): the
 * engine's state plus the runtime's own bookkeeping, so a reconnect to any instance can resume,
 * and so that whatever the call still owes the call log (its row, trace events, its end) can be
 * written by whoever picks it up: a resuming instance, or the reaper if nobody does.
 */
export type StoredCall = {
  v: 1;
  /** Never with sensitive values (see `stripSecrets`). */
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
  /** The call's row, until it is known written. */
  callRow?: StoredCallRow | null;
  /** Trace events not known to be written yet. */
  pending?: StoredTraceEvent[];
  /** When the call ended (real time), while its end is not known written. */
  endedAt?: number | null;
  /** A call run "as if" at another time: what the call's clock adds to the real one. */
  clockOffsetMs?: number;
  /**
   * The queue the caller waits in for the call-centre dispatcher (told when it leaves), and
   * `leave` once the dispatcher asked it out (its next hold turn answers `leave`).
   */
  acdCaller?: { queueId: string; nodeId: string; leave?: string; ringing?: Record<string, RingingAgent>; answered?: boolean } | null;
  /** A live-call action took the call over from its flow (a transfer, a conference). */
  control?: ControlState | null;
  /** Recording of the conversation with an agent: the queue's policy, and whether the stream runs now. */
  recording?: { policy: "always" | "onDemand"; queueId: string; agentId?: string; active: boolean } | null;
  /** The leg a `dial` of the flow connected the caller to (its statuses arrive on this socket). */
  dialLeg?: { callSid: string; to: string } | null;
};

const traceEventSchema = z.object({ seq: z.number().int(), at: z.number(), type: z.string(), nodeId: z.string().nullable(), data: z.record(z.string(), z.unknown()) });
const callRowSchema = z.object({
  id: z.string(), tenantId: z.string(), callSid: z.string(), flowId: z.string().nullable(), flowVersionId: z.string().nullable(),
  fromNumber: z.string(), toNumber: z.string(), direction: z.string(), isTest: z.boolean(), startedAt: z.number(),
});

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
  callRow: callRowSchema.nullable().optional(),
  pending: z.array(traceEventSchema).optional(),
  endedAt: z.number().nullable().optional(),
  acdCaller: z.object({
    queueId: z.string(), nodeId: z.string(), leave: z.string().optional(), answered: z.boolean().optional(),
    ringing: z.record(z.string(), z.object({ at: z.number(), extension: z.string().optional(), name: z.string().optional() })).optional(),
  }).nullable().optional(),
  clockOffsetMs: z.number().optional(),
  control: z.record(z.string(), z.unknown()).nullable().optional(),
  recording: z.object({ policy: z.enum(["always", "onDemand"]), queueId: z.string(), agentId: z.string().optional(), active: z.boolean() }).nullable().optional(),
  dialLeg: z.object({ callSid: z.string(), to: z.string() }).nullable().optional(),
});

/** Reads a stored call from its JSON column, upgrading the engine state; null when unreadable. */
export function parseStoredCall(json: unknown): StoredCall | null {
  const parsed = storedCallSchema.safeParse(json);
  if (!parsed.success) return null;
  try {
    return { ...parsed.data, control: (parsed.data.control ?? null) as ControlState | null, engine: migrateCallState(parsed.data.engine) };
  } catch {
    return null;
  }
}

export function convertRowFromStored(row: StoredCallRow): CallStart {
  return { ...row, startedAt: new Date(row.startedAt) };
}

export function convertEventFromStored(record: Pick<StoredCall, "tenantId" | "callId">, event: StoredTraceEvent): CallTraceEvent {
  return { tenantId: record.tenantId, callId: record.callId, seq: event.seq, at: new Date(event.at), type: event.type, nodeId: event.nodeId, data: event.data };
}

/**
 * For the reaper: what a call nobody carries any more still owes the call log. A call that had
 * ended keeps its outcome; any other is "lost", ended when it was last heard.
 */
export function recoverStoredCall(json: unknown, lastHeard: Date): RecoveredCall | null {
  const record = parseStoredCall(json);
  if (!record) return null;
  const ended = record.engine.status === "ended";
  return {
    ...(record.callRow ? { call: convertRowFromStored(record.callRow) } : {}),
    events: (record.pending ?? []).map((event) => convertEventFromStored(record, event)),
    end: {
      id: record.callId,
      endedAt: ended && record.endedAt ? new Date(record.endedAt) : lastHeard,
      outcome: ended ? record.engine.outcome ?? "completed" : "lost",
      answeredAt: record.answeredAt === null ? null : new Date(record.answeredAt),
    },
    lost: !ended,
  };
}
