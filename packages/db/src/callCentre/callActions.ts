import { z } from "zod";
import type { Db } from "../createPrismaClient";
import { DomainError } from "../errors";
import { forTenant, SCOPED_TENANT } from "../forTenant";
import { toJsonColumn } from "../toJsonColumn";

/** Where a call is transferred or who is added: an extension, a queue, or an outside number. */
export const callTargetSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("extension"), number: z.string().regex(/^\d{1,10}$/, "an extension number is digits only") }),
  z.object({ type: z.literal("queue"), queueId: z.string().min(1).max(100) }),
  z.object({ type: z.literal("phone"), number: z.string().regex(/^\+[1-9]\d{6,14}$/, "a phone number in international format, like +48221234567") }),
]);
export type CallTarget = z.infer<typeof callTargetSchema>;

/**
 * What the desk and the wallboard can do to a live call (the caller's conversation with an agent):
 * - `transfer` blind: the caller rings the target at once and the agent leaves; unanswered, the
 *   caller comes back to the agent (then to the queue): never a dead call.
 * - `transfer` consult: the caller hears music on hold while the agent talks to the target; then
 *   `completeTransfer` (target and caller talk, the agent leaves) or `cancelTransfer` (back to the caller).
 * - `addParty`: a third party joins the conversation (it becomes a conference).
 * - `supervise`: a supervisor's extension joins: `listen` (muted), `whisper` (heard by the agent
 *   only) or `barge` (heard by all).
 * - `record`: start or stop recording the conversation (for queues whose policy is "on demand").
 */
export const callActionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("transfer"), mode: z.enum(["blind", "consult"]), target: callTargetSchema }),
  z.object({ kind: z.literal("completeTransfer") }),
  z.object({ kind: z.literal("cancelTransfer") }),
  z.object({ kind: z.literal("addParty"), target: callTargetSchema }),
  z.object({ kind: z.literal("supervise"), mode: z.enum(["listen", "whisper", "barge"]), supervisorExtension: z.string().regex(/^\d{1,10}$/) }),
  z.object({ kind: z.literal("record"), action: z.enum(["start", "stop"]) }),
]);
export type CallAction = z.infer<typeof callActionSchema>;

/** What came of an action (CallAction.result): `ok`, or an error code with an English message. */
export type CallActionResult = { ok: true; detail?: string } | { ok: false; error: string; message: string };

/**
 * Asks the runtime to act on a live call. `callSid` may name the caller's call or an agent's leg
 * of it (as the desk knows it); the action is recorded on the caller's call. The runtime instance
 * carrying that call claims it, carries it out and writes the result (NOTIFY
 * centrala_call_action_done {id, tenantId, status}); read it with `getCallAction`. Another
 * tenant's call, extension or queue is NOT_FOUND; bad input is INVALID naming the field.
 */
export async function requestCallAction(prisma: Db, tenantId: string, input: { callSid: string; action: unknown; requestedById?: string | null }) {
  const parsed = callActionSchema.safeParse(input.action);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError("INVALID", `${issue?.path.join(".") || "action"}: ${issue?.message ?? "not an action"}`, { field: issue?.path.join(".") || "action" });
  }
  const action = parsed.data;
  const db = forTenant(prisma, tenantId);
  const leg = await db.acdLeg.findFirst({ where: { callSid: input.callSid }, select: { callerSid: true } });
  const callerSid = leg?.callerSid ?? input.callSid;
  const call = await db.call.findFirst({ where: { callSid: callerSid, endedAt: null }, select: { id: true } });
  if (!call && !leg) throw new DomainError("NOT_FOUND", "No such call in progress", { field: "callSid" });
  const target = "target" in action ? action.target : undefined;
  if (target?.type === "extension" && !(await db.extension.count({ where: { number: target.number } }))) {
    throw new DomainError("NOT_FOUND", `No extension ${target.number}`, { field: "target.number" });
  }
  if (target?.type === "queue" && !(await db.queue.count({ where: { id: target.queueId } }))) throw new DomainError("NOT_FOUND", "No such queue", { field: "target.queueId" });
  if (action.kind === "supervise" && !(await db.extension.count({ where: { number: action.supervisorExtension } }))) {
    throw new DomainError("NOT_FOUND", `No extension ${action.supervisorExtension}`, { field: "supervisorExtension" });
  }
  const { kind, ...params } = action;
  return db.callAction.create({
    data: { tenantId: SCOPED_TENANT, callSid: callerSid, kind, params: toJsonColumn(params), requestedById: input.requestedById ?? null },
    select: { id: true, callSid: true, kind: true, status: true, createdAt: true },
  });
}

/** An action and how it went (pending, running, done, failed, with its result); NOT_FOUND for another tenant's. */
export async function getCallAction(prisma: Db, tenantId: string, id: string) {
  const row = await forTenant(prisma, tenantId).callAction.findFirst({
    where: { id }, select: { id: true, callSid: true, kind: true, params: true, status: true, result: true, createdAt: true, doneAt: true },
  });
  if (!row) throw new DomainError("NOT_FOUND", "No such call action", { field: "id" });
  return row;
}
