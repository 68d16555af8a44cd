import { forTenant, getCallTrace, type Db } from "@centrala/db";
import { respondNotFound, respondOk, type ApiResult } from "../../api/apiResult";
import type { ApiSession } from "../../api/ApiSession";

/** GET /api/calls/[callSid]/trace: the path one of the tenant's calls took through its flow. */
export async function handleCallTrace(prisma: Db, session: ApiSession, callSid: string): Promise<ApiResult> {
  const call = await getCallTrace(forTenant(prisma, session.tenantId), callSid);
  if (!call) return respondNotFound("Call");
  return respondOk({
    callSid: call.callSid, flowId: call.flowId, isTest: call.isTest, outcome: call.outcome,
    startedAt: call.startedAt.toISOString(), endedAt: call.endedAt?.toISOString() ?? null,
    events: call.events.map((e) => ({ seq: e.seq, at: e.at.toISOString(), type: e.type, nodeId: e.nodeId, data: e.data })),
  });
}
