type FlowRow = {
  id: string;
  name: string;
  draftRevision: number;
  draftUpdatedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  publishedVersion: { number: number; publishedAt: Date } | null;
  numbers: { e164: string }[];
};

/** A flow as the API and the pages show it in lists: no draft document, no compiled IR. */
export function serializeFlowSummary(flow: FlowRow) {
  return {
    id: flow.id,
    name: flow.name,
    state: flow.publishedVersion ? ("published" as const) : ("draft" as const),
    publishedVersion: flow.publishedVersion
      ? { number: flow.publishedVersion.number, publishedAt: flow.publishedVersion.publishedAt.toISOString() }
      : null,
    numbers: flow.numbers.map((n) => n.e164),
    draftRevision: flow.draftRevision,
    draftUpdatedAt: flow.draftUpdatedAt.toISOString(),
    createdAt: flow.createdAt.toISOString(),
    updatedAt: flow.updatedAt.toISOString(),
  };
}

export type FlowSummary = ReturnType<typeof serializeFlowSummary>;

/** One flow with its draft document, for GET /api/flows/[id]. */
export function serializeFlowDetail(flow: FlowRow & { draft: unknown }) {
  // The draft goes out as stored; its reader (the editor) parses it with @centrala/flow.
  return { ...serializeFlowSummary(flow), draft: flow.draft };
}
