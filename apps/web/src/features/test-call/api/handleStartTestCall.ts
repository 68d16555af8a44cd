import { z } from "zod";
import { createTestSession, forTenant, getFlow, loadValidationContext, type Db } from "@centrala/db";
import { compileFlow, parseFlowDocument, resolveQueueNames } from "@centrala/flow";
import { getEnv } from "../../../env";
import { respondNotFound, respondOk, type ApiResult } from "../../api/apiResult";
import type { ApiSession } from "../../api/ApiSession";

// An ISO moment with its zone offset ("2026-12-24T19:00:00+01:00"): the person picked a wall-clock
// time in their company's zone, and the offset makes it one unambiguous instant.
const testCallBodySchema = z.object({
  draft: z.unknown().optional(),
  at: z.iso.datetime({ offset: true }).optional(),
});

const badMoment = {
  en: "The moment to test at is not a valid date and time.",
  pl: "Chwila, w której ma się odbyć test, nie jest poprawną datą i godziną.",
} as const;

/**
 * POST /api/flows/[id]/test-call: compiles the draft (the one in the body, as the editor shows it
 * right now, or else the saved one — never the live version) and opens a ten-minute test session
 * for it. The browser then calls the runtime with the returned address, exactly as jambonz would,
 * and the runtime runs this draft for this tenant only. With `at`, the call runs as if it were
 * then (business hours, holidays), through the session's stored moment.
 */
export async function handleStartTestCall(prisma: Db, session: ApiSession, flowId: string, body: unknown): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  const flow = await getFlow(db, flowId);
  if (!flow) return respondNotFound();
  const parsed = testCallBodySchema.safeParse(body ?? {});
  if (!parsed.success) return { status: 400, body: { error: { code: "INVALID_TEST_CALL", message: badMoment[session.locale] } } };
  const document = parseFlowDocument(parsed.data.draft ?? flow.draft);
  if (!document.ok) return { status: 422, body: { error: { code: "INVALID_FLOW", message: "The flow cannot be read" }, problems: document.problems } };
  const { context } = await loadValidationContext(db);
  const compiled = compileFlow(resolveQueueNames(document.document, context.queues ?? []), context);
  if (!compiled.ok) {
    return { status: 422, body: { error: { code: "FLOW_HAS_ERRORS", message: "Fix the problems before a test call" }, problems: compiled.problems } };
  }
  const at = parsed.data.at ? new Date(parsed.data.at) : null;
  const test = await createTestSession(db, { flowId, ir: compiled.ir, userId: session.userId, at });
  if (!test) return respondNotFound();
  return respondOk({
    wsUrl: `${getEnv().TEST_CALL_WS_URL}/test/${test.token}`,
    expiresAt: test.expiresAt.toISOString(),
    number: flow.numbers[0]?.e164 ?? "+48000000000",
    at: at?.toISOString() ?? null,
  }, 201);
}
