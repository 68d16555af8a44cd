import {
  endAgentWrapUp, findMemberExtension, forTenant, getCallAction, notifyCallCentreChanged, readAgentDesk, readAgentToday, requestCallAction, setAgentPresence, type Db,
} from "@centrala/db";
import { respondError, respondOk, type ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { parseJsonBody } from "../api/parseJsonBody";
import { respondDomainError } from "../workspace/respondDomainError";
import { deskActionBodySchema, deskPresenceBodySchema } from "./deskSchemas";

const what = (session: ApiSession) => (session.locale === "pl" ? "Połączenie" : "Call");

function respondNoExtension(session: ApiSession): ApiResult {
  return respondError(409, "NO_EXTENSION", session.locale === "pl"
    ? "Nie masz przypisanego numeru wewnętrznego: poproś administratora, aby go do Ciebie przypisał."
    : "You have no extension: ask an admin to link you to an extension.");
}

/** The start of the agent's day (UTC midnight; the dispatcher's own figures reset at the tenant's midnight). */
function startOfDay(at: number): Date {
  const day = new Date(at);
  day.setUTCHours(0, 0, 0, 0);
  return day;
}

/**
 * GET /api/desk: the signed-in member's desk: their extension (null when none is linked), its
 * state, the call offered or on the line, today's own figures, and the queues a call can go to.
 */
export async function handleGetDesk(prisma: Db, session: ApiSession, at = Date.now()): Promise<ApiResult> {
  const extension = await findMemberExtension(prisma, session.tenantId, session.userId);
  if (!extension) return respondOk({ at, extension: null, agent: null, call: null, today: null, queues: [] });
  const [desk, today, queues] = await Promise.all([
    readAgentDesk(prisma, session.tenantId, extension.id, at),
    readAgentToday(prisma, session.tenantId, extension.id, startOfDay(at), at),
    forTenant(prisma, session.tenantId).queue.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const agent = desk.agent && {
    status: desk.agent.status, presence: desk.agent.presence, awayReason: desk.agent.awayReason, since: desk.agent.since,
    wrapUpUntil: desk.agent.wrapUpUntil, queueId: desk.agent.queueId, queues: desk.agent.queues.length,
  };
  const call = desk.call && { ...desk.call, path: await labelPath(prisma, session.tenantId, desk.call.callerSid, desk.call.path) };
  return respondOk({ at, extension, agent, call, today, queues });
}

/** The caller's path as the steps' names in the published flow they called (the step kind when unnamed). */
async function labelPath(prisma: Db, tenantId: string, callSid: string, path: (string | null)[]): Promise<string[]> {
  if (!path.length) return [];
  const call = await forTenant(prisma, tenantId).call.findFirst({ where: { callSid }, select: { flowVersion: { select: { source: true } } } });
  const source = call?.flowVersion?.source as { nodes?: { id?: unknown; kind?: unknown; label?: unknown }[] } | undefined;
  const names = new Map((source?.nodes ?? []).map((node) => [String(node.id), typeof node.label === "string" && node.label ? node.label : String(node.kind ?? node.id)]));
  return path.filter((nodeId): nodeId is string => nodeId !== null).map((nodeId) => names.get(nodeId) ?? nodeId);
}

/** POST /api/desk/presence: the agent goes available, away (with a reason) or offline. */
export async function handleSetDeskPresence(prisma: Db, session: ApiSession, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(deskPresenceBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  const extension = await findMemberExtension(prisma, session.tenantId, session.userId);
  if (!extension) return respondNoExtension(session);
  try {
    const presence = await setAgentPresence(prisma, session.tenantId, extension.id, parsed.data);
    await notifyCallCentreChanged(prisma, session.tenantId);
    return respondOk({ presence });
  } catch (error) {
    return respondDomainError(error, session.locale, what(session));
  }
}

/** POST /api/desk/ready: the agent is ready before the wrap-up time is over. */
export async function handleEndDeskWrapUp(prisma: Db, session: ApiSession): Promise<ApiResult> {
  const extension = await findMemberExtension(prisma, session.tenantId, session.userId);
  if (!extension) return respondNoExtension(session);
  await endAgentWrapUp(prisma, session.tenantId, extension.id);
  return respondOk({ ready: true });
}

/**
 * POST /api/desk/actions: transfer, consult, conference or record the agent's OWN live call (the
 * one the dispatcher has them on); 409 when they have none.
 */
export async function handleDeskAction(prisma: Db, session: ApiSession, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(deskActionBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  const extension = await findMemberExtension(prisma, session.tenantId, session.userId);
  if (!extension) return respondNoExtension(session);
  const desk = await readAgentDesk(prisma, session.tenantId, extension.id);
  if (!desk.call || desk.agent?.status !== "onCall") {
    return respondError(409, "NO_CALL", session.locale === "pl" ? "Nie prowadzisz teraz rozmowy." : "You are not on a call right now.");
  }
  try {
    const action = await requestCallAction(prisma, session.tenantId, { callSid: desk.call.agentLegSid ?? desk.call.callerSid, action: parsed.data.action, requestedById: session.userId });
    return respondOk({ action }, 202);
  } catch (error) {
    return respondDomainError(error, session.locale, what(session));
  }
}

/** GET /api/call-actions/[id]: how an action asked for from the desk or the wallboard went. */
export async function handleGetCallAction(prisma: Db, session: ApiSession, id: string): Promise<ApiResult> {
  try {
    const action = await getCallAction(prisma, session.tenantId, id);
    return respondOk({ action: { id: action.id, kind: action.kind, status: action.status, result: action.result, createdAt: action.createdAt, doneAt: action.doneAt } });
  } catch (error) {
    return respondDomainError(error, session.locale, session.locale === "pl" ? "Polecenie" : "Action");
  }
}
