import { forTenant, getFlow, getFlowVersionByNumber, loadValidationContext, publishFlowVersion, type Db } from "@centrala/db";
import { compileFlow, parseFlowDocument, resolveQueueNames } from "@centrala/flow";
import { respondNotFound, respondOk, type ApiResult } from "../../api/apiResult";
import type { ApiSession } from "../../api/ApiSession";
import { parseJsonBody } from "../../api/parseJsonBody";
import { publishBodySchema } from "./editorBodySchemas";

/**
 * POST /api/flows/[id]/publish. Validates and compiles on the server with the same @centrala/flow
 * functions the canvas uses, then freezes source + IR as a new immutable version. With
 * `fromVersion` it publishes an older version's source again (roll back) as the newest version.
 */
export async function handlePublish(prisma: Db, session: ApiSession, flowId: string, body: unknown): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  const flow = await getFlow(db, flowId);
  if (!flow) return respondNotFound();
  const parsed = parseJsonBody(publishBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  const { note, revision, fromVersion } = parsed.data;

  let source: unknown = flow.draft;
  if (fromVersion !== undefined) {
    const version = await getFlowVersionByNumber(db, flowId, fromVersion);
    if (!version) return respondNotFound("Version");
    source = version.source;
  } else if (revision !== undefined && revision !== flow.draftRevision) {
    return { status: 409, body: { error: { code: "DRAFT_CONFLICT", message: "The draft changed since you last saved" }, currentRevision: flow.draftRevision, updatedAt: flow.draftUpdatedAt.toISOString() } };
  }

  const document = parseFlowDocument(source);
  if (!document.ok) return { status: 422, body: { error: { code: "INVALID_FLOW", message: "The flow cannot be read" }, problems: document.problems } };
  const { context } = await loadValidationContext(db);
  // A version published before flows held queue ids (rolled back to) names its queues: link them.
  const linked = resolveQueueNames(document.document, context.queues ?? []);
  const compiled = compileFlow(linked, context);
  if (!compiled.ok) {
    return { status: 422, body: { error: { code: "FLOW_HAS_ERRORS", message: "Fix the problems before publishing" }, problems: compiled.problems } };
  }
  const version = await publishFlowVersion(db, flowId, { source: linked, ir: compiled.ir, note, userId: session.userId });
  return respondOk({ version: { number: version.number, publishedAt: version.publishedAt.toISOString(), note: version.note } }, 201);
}

