import { parseFlowDocument, type FlowDocument, type Problem } from "@centrala/flow";

export type VersionSummary = { number: number; note: string; publishedAt: string; publishedBy: string | null };
export type VersionList = { liveNumber: number | null; versions: VersionSummary[] };

export type PublishOutcome =
  | { type: "published"; number: number }
  | { type: "problems"; problems: Problem[] }
  | { type: "conflict" }
  | { type: "failed" };

/** GET /api/flows/[id]/versions */
export async function fetchVersions(flowId: string): Promise<VersionList | null> {
  const response = await fetch(`/api/flows/${encodeURIComponent(flowId)}/versions`, { cache: "no-store" }).catch(() => null);
  if (!response?.ok) return null;
  return (await response.json()) as VersionList;
}

/** GET /api/flows/[id]/versions/[number], parsed like every document that crosses a boundary. */
export async function fetchVersionDocument(flowId: string, number: number): Promise<FlowDocument | null> {
  const response = await fetch(`/api/flows/${encodeURIComponent(flowId)}/versions/${number}`, { cache: "no-store" }).catch(() => null);
  if (!response?.ok) return null;
  const body = (await response.json()) as { document: unknown };
  const parsed = parseFlowDocument(body.document);
  return parsed.ok ? parsed.document : null;
}

/** POST /api/flows/[id]/publish: the saved draft (with its revision) or an older version again. */
export async function publishRequest(flowId: string, body: { note: string; revision?: number; fromVersion?: number }): Promise<PublishOutcome> {
  const response = await fetch(`/api/flows/${encodeURIComponent(flowId)}/publish`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).catch(() => null);
  if (!response) return { type: "failed" };
  const answer = (await response.json().catch(() => ({}))) as { version?: { number: number }; problems?: Problem[] };
  if (response.ok && answer.version) return { type: "published", number: answer.version.number };
  if (response.status === 409) return { type: "conflict" };
  if (response.status === 422) return { type: "problems", problems: answer.problems ?? [] };
  return { type: "failed" };
}
