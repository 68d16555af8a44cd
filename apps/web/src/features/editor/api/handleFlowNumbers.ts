import { DomainError, forTenant, getFlow, listTenantNumbers, routeNumberToFlow, type Db } from "@centrala/db";
import { respondNotFound, respondOk, type ApiResult } from "../../api/apiResult";
import type { ApiSession } from "../../api/ApiSession";
import { parseJsonBody } from "../../api/parseJsonBody";
import { routeNumberBodySchema } from "./editorBodySchemas";

/** GET /api/flows/[id]/numbers: every number of the tenant and whether it rings into this flow. */
export async function handleListFlowNumbers(prisma: Db, session: ApiSession, flowId: string): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  if (!(await getFlow(db, flowId))) return respondNotFound();
  const numbers = await listTenantNumbers(db);
  return respondOk({
    numbers: numbers.map((number) => ({
      id: number.id, e164: number.e164, label: number.label, routedHere: number.flowId === flowId,
      otherFlowName: number.flowId !== null && number.flowId !== flowId ? number.flow?.name ?? null : null,
    })),
  });
}

/** PUT /api/flows/[id]/numbers: route one number to this flow, or unroute it. */
export async function handleRouteFlowNumber(prisma: Db, session: ApiSession, flowId: string, body: unknown): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  if (!(await getFlow(db, flowId))) return respondNotFound();
  const parsed = parseJsonBody(routeNumberBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  const current = (await listTenantNumbers(db)).find((number) => number.id === parsed.data.numberId);
  if (!current) return respondNotFound("Number");
  // Unticking a number that rings elsewhere must not take it away from the other flow.
  if (!parsed.data.routed && current.flowId !== flowId) return handleListFlowNumbers(prisma, session, flowId);
  try {
    await routeNumberToFlow(db, { numberId: parsed.data.numberId, flowId: parsed.data.routed ? flowId : null, userId: session.userId });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return respondNotFound("Number");
    throw error;
  }
  return handleListFlowNumbers(prisma, session, flowId);
}
