import { findMemberExtension, readCallCentreSnapshot, requestCallAction, type Db } from "@centrala/db";
import { z } from "zod";
import { respondError, respondOk, type ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { parseJsonBody } from "../api/parseJsonBody";
import { respondDomainError } from "../workspace/respondDomainError";

/** GET /api/wallboard: every queue (waiting callers, agents by state, today's figures) and every agent, now. */
export async function handleGetWallboard(prisma: Db, session: ApiSession, at = Date.now()): Promise<ApiResult> {
  const snapshot = await readCallCentreSnapshot(prisma, session.tenantId, at);
  return respondOk({
    at: snapshot.at,
    queues: snapshot.queues.map((q) => ({
      queueId: q.queueId, name: q.name, waiting: q.waiting, connecting: q.connecting, longestWaitMs: q.longestWaitMs, agents: q.agents,
      answered: q.counters.answered, abandoned: q.counters.abandoned, joined: q.counters.joined,
      serviceLevelPercent: q.serviceLevelPercent, averageAnswerSeconds: q.averageAnswerSeconds, abandonRatePercent: q.abandonRatePercent,
      callers: q.callers.map((c) => ({ callerId: c.callerId, position: c.position, waitedMs: c.waitedMs, callerNumber: c.callerNumber })),
    })),
    agents: snapshot.agents.map((a) => ({
      extensionId: a.extensionId, extension: a.extension, name: a.name, status: a.status, awayReason: a.awayReason, since: a.since,
      callerId: a.callerId, callerNumber: a.callerNumber, queueName: a.queueId ? snapshot.queueName[a.queueId] ?? null : null,
      answered: a.answered, missed: a.missed,
    })),
  });
}

/** POST /api/wallboard/supervise body: which live call (the caller's call sid) and how to join it. */
export const superviseBodySchema = z.strictObject({
  callSid: z.string().min(1).max(100),
  mode: z.enum(["listen", "whisper", "barge"]),
});

/**
 * POST /api/wallboard/supervise: the signed-in supervisor's own extension joins an agent's live
 * call, muted (listen), heard by the agent only (whisper) or by everyone (barge).
 */
export async function handleSupervise(prisma: Db, session: ApiSession, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(superviseBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  const extension = await findMemberExtension(prisma, session.tenantId, session.userId);
  if (!extension) {
    return respondError(409, "NO_EXTENSION", session.locale === "pl"
      ? "Aby słuchać rozmów, potrzebujesz własnego numeru wewnętrznego: poproś administratora, aby go do Ciebie przypisał."
      : "To listen to calls you need an extension of your own: ask an admin to link you to an extension.");
  }
  try {
    const action = await requestCallAction(prisma, session.tenantId, {
      callSid: parsed.data.callSid, requestedById: session.userId,
      action: { kind: "supervise", mode: parsed.data.mode, supervisorExtension: extension.number },
    });
    return respondOk({ action }, 202);
  } catch (error) {
    return respondDomainError(error, session.locale, session.locale === "pl" ? "Połączenie" : "Call");
  }
}
