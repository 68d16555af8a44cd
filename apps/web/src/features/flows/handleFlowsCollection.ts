import { createFlow, forTenant, getFlow, listFlows, type Db } from "@centrala/db";
import { respondOk, type ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { parseJsonBody } from "../api/parseJsonBody";
import { createBlankFlowDocument } from "./createBlankFlowDocument";
import { createFlowBodySchema } from "./flowSchemas";
import { serializeFlowSummary } from "./serializeFlow";

/** GET /api/flows: the tenant's flows, newest change first. */
export async function handleListFlows(prisma: Db, session: ApiSession): Promise<ApiResult> {
  const flows = await listFlows(forTenant(prisma, session.tenantId));
  return respondOk({ flows: flows.map(serializeFlowSummary) });
}

/** POST /api/flows: a new flow with a blank draft. */
export async function handleCreateFlow(prisma: Db, session: ApiSession, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(createFlowBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  const db = forTenant(prisma, session.tenantId);
  const created = await createFlow(db, { name: parsed.data.name, draft: createBlankFlowDocument(), userId: session.userId });
  const flow = await getFlow(db, created.id);
  if (!flow) throw new Error(`Flow ${created.id} vanished right after it was created`);
  return respondOk({ flow: serializeFlowSummary(flow) }, 201);
}
