import { createTestSession, forTenant, getFlow, loadValidationContext, type Db } from "@centrala/db";
import { compileFlow, parseFlowDocument, resolveQueueNames } from "@centrala/flow";
import { getEnv } from "@/env";
import { respondNotFound, respondOk, type ApiResult } from "../../api/apiResult";
import type { ApiSession } from "../../api/ApiSession";

/**
 * POST /api/flows/[id]/test-call: compiles the draft (the one in the body, as the editor shows it
 * right now, or else the saved one — never the live version) and opens a ten-minute test session
 * for it. The browser then calls the runtime with the returned address, exactly as jambonz would,
 * and the runtime runs this draft for this tenant only.
 */
export async function handleStartTestCall(prisma: Db, session: ApiSession, flowId: string, body: unknown): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  const flow = await getFlow(db, flowId);
  if (!flow) return respondNotFound();
  const posted = body && typeof body === "object" && "draft" in body ? (body as { draft: unknown }).draft : undefined;
  const document = parseFlowDocument(posted ?? flow.draft);
  if (!document.ok) return { status: 422, body: { error: { code: "INVALID_FLOW", message: "The flow cannot be read" }, problems: document.problems } };
  const { context } = await loadValidationContext(db);
  const compiled = compileFlow(resolveQueueNames(document.document, context.queues ?? []), context);
  if (!compiled.ok) {
    return { status: 422, body: { error: { code: "FLOW_HAS_ERRORS", message: "Fix the problems before a test call" }, problems: compiled.problems } };
  }
  const test = await createTestSession(db, { flowId, ir: compiled.ir, userId: session.userId });
  if (!test) return respondNotFound();
  return respondOk({
    wsUrl: `${getEnv().TEST_CALL_WS_URL}/test/${test.token}`,
    expiresAt: test.expiresAt.toISOString(),
    number: flow.numbers[0]?.e164 ?? "+48000000000",
  }, 201);
}
