import { loadFlowVersionById, loadPublishedVersion, type Db } from "@centrala/db";
import type { FlowIR } from "@centrala/flow";

/** Checks the IR read from a version's JSON column before the engine runs it. */
export function readFlowIR(json: unknown): FlowIR | null {
  if (!json || typeof json !== "object") return null;
  const ir = json as Partial<FlowIR>;
  if (ir.version !== 1 || typeof ir.start !== "string" || !ir.nodes || typeof ir.nodes !== "object") return null;
  return ir.start in ir.nodes ? (ir as FlowIR) : null;
}

/** A tenant's flow version: the pinned one by id, or the flow's live version. */
export async function loadFlowVersion(prisma: Db, tenantId: string, versionId: string | null, flowId?: string) {
  const row = versionId
    ? await loadFlowVersionById(prisma, tenantId, versionId)
    : flowId ? await loadPublishedVersion(prisma, tenantId, flowId) : null;
  const ir = row ? readFlowIR(row.ir) : null;
  return row && ir ? { id: row.id, ir } : null;
}
