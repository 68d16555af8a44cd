import type { FlowDocument } from "@centrala/flow";

export type SaveOutcome =
  | { type: "saved"; revision: number }
  | { type: "conflict"; currentRevision: number; updatedAt: string }
  | { type: "rejected" }
  /** The server would not take this draft (too large): it says why; a changed draft may pass. */
  | { type: "refused"; message: string }
  | { type: "failed" };

/** PUT /api/flows/[id]/draft, read into what the editor does next. */
export async function saveDraftRequest(flowId: string, draft: FlowDocument, revision: number): Promise<SaveOutcome> {
  try {
    const response = await fetch(`/api/flows/${encodeURIComponent(flowId)}/draft`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ draft, revision }),
    });
    const body = (await response.json().catch(() => ({}))) as { revision?: number; currentRevision?: number; updatedAt?: string; error?: { message?: string } };
    if (response.ok && typeof body.revision === "number") return { type: "saved", revision: body.revision };
    if (response.status === 409) return { type: "conflict", currentRevision: body.currentRevision ?? revision, updatedAt: body.updatedAt ?? "" };
    if (response.status === 413 || response.status === 422) return { type: "refused", message: body.error?.message ?? "" };
    // Retrying a refused body cannot help, but a signed-out session or a server hiccup can pass.
    if (response.status === 400 || response.status === 403 || response.status === 404) return { type: "rejected" };
    return { type: "failed" };
  } catch {
    return { type: "failed" };
  }
}
