import { createQueue, deleteQueue, DomainError, forTenant, getQueue, listQueues, updateQueue, type Db, type QueueInput } from "@centrala/db";
import { respondOk, type ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { parseJsonBody } from "../api/parseJsonBody";
import { respondDomainError } from "../workspace/respondDomainError";
import { createQueueBodySchema, patchQueueBodySchema } from "./queueSchemas";

const what = (session: ApiSession) => (session.locale === "pl" ? "Kolejka" : "Queue");

/** GET /api/queues: the tenant's queues with their members in order. */
export async function handleListQueues(prisma: Db, session: ApiSession): Promise<ApiResult> {
  return respondOk({ queues: await listQueues(forTenant(prisma, session.tenantId)) });
}

export async function handleGetQueue(prisma: Db, session: ApiSession, id: string): Promise<ApiResult> {
  const queue = await getQueue(forTenant(prisma, session.tenantId), id);
  if (!queue) return respondDomainError(new DomainError("NOT_FOUND", "Queue not found"), session.locale, what(session));
  return respondOk({ queue });
}

export async function handleCreateQueue(prisma: Db, session: ApiSession, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(createQueueBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  try {
    return respondOk({ queue: await createQueue(prisma, session.tenantId, { ...(parsed.data as QueueInput), actorId: session.userId }) }, 201);
  } catch (error) {
    return respondDomainError(error, session.locale, what(session));
  }
}

/** PATCH /api/queues/[id]: a rename never breaks a flow (flows hold the queue's id). */
export async function handlePatchQueue(prisma: Db, session: ApiSession, id: string, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(patchQueueBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  try {
    return respondOk({ queue: await updateQueue(prisma, session.tenantId, id, { ...(parsed.data as Partial<QueueInput>), actorId: session.userId }) });
  } catch (error) {
    return respondDomainError(error, session.locale, what(session));
  }
}

/** DELETE /api/queues/[id]: refused (409, naming the flows and queues) while a live flow uses it. */
export async function handleDeleteQueue(prisma: Db, session: ApiSession, id: string): Promise<ApiResult> {
  try {
    return respondOk({ deleted: await deleteQueue(prisma, session.tenantId, id, session.userId) });
  } catch (error) {
    return respondDomainError(error, session.locale, what(session));
  }
}
