import { forTenant, getFlow, getFlowVersionByNumber, listFlowVersionsWithAuthors, type Db } from "@centrala/db";
import { parseFlowDocument } from "@centrala/flow";
import { respondNotFound, respondOk, type ApiResult } from "../../api/apiResult";
import type { ApiSession } from "../../api/ApiSession";

/** GET /api/flows/[id]/versions: number, note, who and when, newest first. */
export async function handleListVersions(prisma: Db, session: ApiSession, flowId: string): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  const flow = await getFlow(db, flowId);
  if (!flow) return respondNotFound();
  const versions = await listFlowVersionsWithAuthors(db, flowId);
  return respondOk({
    liveNumber: flow.publishedVersion?.number ?? null,
    versions: versions.map((version) => ({
      number: version.number, note: version.note, publishedAt: version.publishedAt.toISOString(), publishedBy: version.publishedByName,
    })),
  });
}

/** GET /api/flows/[id]/versions/[number]: the frozen source document of one version. */
export async function handleGetVersion(prisma: Db, session: ApiSession, flowId: string, numberText: string): Promise<ApiResult> {
  const number = Number(numberText);
  if (!Number.isInteger(number) || number < 1) return respondNotFound("Version");
  const version = await getFlowVersionByNumber(forTenant(prisma, session.tenantId), flowId, number);
  if (!version) return respondNotFound("Version");
  // Stored JSON is parsed like any other boundary (and upgraded if the format moved on).
  const document = parseFlowDocument(version.source);
  if (!document.ok) return { status: 500, body: { error: { code: "INVALID_FLOW", message: "The stored version cannot be read" } } };
  return respondOk({ number: version.number, note: version.note, publishedAt: version.publishedAt.toISOString(), document: document.document });
}
