import { DomainError, forTenant, getFlow, linkQueueNames, saveFlowDraft, type Db, type TenantDb } from "@centrala/db";
import { checkFlowLimits, parseFlowDocument } from "@centrala/flow";
import { respondNotFound, respondOk, type ApiResult } from "../../api/apiResult";
import type { ApiSession } from "../../api/ApiSession";
import { parseJsonBody } from "../../api/parseJsonBody";
import { saveDraftBodySchema } from "./editorBodySchemas";

/**
 * PUT /api/flows/[id]/draft. Saves only on top of the revision the editor started from; otherwise
 * 409 with the current revision, so a second tab is told instead of silently overwriting.
 */
export async function handleSaveDraft(prisma: Db, session: ApiSession, flowId: string, body: unknown): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  const parsed = parseJsonBody(saveDraftBodySchema, body, session.locale);
  // A bad body for someone else's flow still answers 404: the answer must not reveal the id exists.
  if (!parsed.ok) return (await flowExists(db, flowId)) ? parsed.result : respondNotFound();
  // The draft is parsed here too: nothing but a well-formed document reaches the JSON column.
  const document = parseFlowDocument(parsed.data.draft);
  if (!document.ok) {
    if (!(await flowExists(db, flowId))) return respondNotFound();
    return { status: 400, body: { error: { code: "INVALID_FLOW", message: document.problems[0]?.message[session.locale] ?? "Invalid flow", problems: document.problems } } };
  }
  // The document's own limits (text lengths, list lengths, size of a step), the same ones publishing
  // checks: an oversize draft is refused whole and the last saved draft stays as it was.
  const overLimits = checkFlowLimits(document.document);
  if (overLimits.length > 0) {
    if (!(await flowExists(db, flowId))) return respondNotFound();
    const message = overLimits[0]?.message[session.locale] ?? "The flow is too large";
    return { status: 422, body: { error: { code: "FLOW_TOO_LARGE", message, problems: overLimits } } };
  }
  try {
    // An imported older file names its queues: the stored draft holds the tenant's queue ids.
    const draft = await linkQueueNames(db, document.document);
    const saved = await saveFlowDraft(db, flowId, { draft, expectedRevision: parsed.data.revision, userId: session.userId });
    return respondOk({ revision: saved.revision });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return respondNotFound();
    if (error instanceof DomainError && error.code === "DRAFT_CONFLICT") {
      const current = error.details.current as { draftRevision: number; draftUpdatedAt: Date };
      return { status: 409, body: { error: { code: "DRAFT_CONFLICT", message: error.message }, currentRevision: current.draftRevision, updatedAt: current.draftUpdatedAt.toISOString() } };
    }
    throw error;
  }
}


async function flowExists(db: TenantDb, flowId: string): Promise<boolean> {
  return (await db.flow.findFirst({ where: { id: flowId }, select: { id: true } })) !== null;
}
