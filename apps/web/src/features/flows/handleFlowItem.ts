import { deleteFlow, DomainError, forTenant, getFlow, renameFlow, type Db } from "@centrala/db";
import { respondNotFound, respondOk, type ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { parseJsonBody } from "../api/parseJsonBody";
import { patchFlowBodySchema } from "./flowSchemas";
import { serializeFlowDetail } from "./serializeFlow";

// Every lookup goes through forTenant, so another tenant's flow id answers exactly like a
// missing one (404), never 403: the answer must not reveal that the id exists.

/** GET /api/flows/[id] */
export async function handleGetFlow(prisma: Db, session: ApiSession, flowId: string): Promise<ApiResult> {
  const flow = await getFlow(forTenant(prisma, session.tenantId), flowId);
  return flow ? respondOk({ flow: serializeFlowDetail(flow) }) : respondNotFound();
}

/** PATCH /api/flows/[id]: rename. */
export async function handlePatchFlow(prisma: Db, session: ApiSession, flowId: string, body: unknown): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  const parsed = parseJsonBody(patchFlowBodySchema, body, session.locale);
  if (!parsed.ok) return (await getFlow(db, flowId)) ? parsed.result : respondNotFound();
  try {
    await renameFlow(db, flowId, parsed.data.name, session.userId);
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return respondNotFound();
    throw error;
  }
  return handleGetFlow(prisma, session, flowId);
}

/** DELETE /api/flows/[id] */
export async function handleDeleteFlow(prisma: Db, session: ApiSession, flowId: string): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  try {
    await deleteFlow(db, flowId, session.userId);
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return respondNotFound();
    throw error;
  }
  return respondOk({ id: flowId, deleted: true });
}
