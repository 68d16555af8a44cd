import { loadFlowVersionById, loadPublishedVersion, loadTestSessionIr, type Db } from "@centrala/db";
import type { FlowIR } from "@centrala/flow";

/** Checks the IR read from a version's JSON column before the engine runs it. */
export function readFlowIR(json: unknown): FlowIR | null {
  if (!json || typeof json !== "object") return null;
  const ir = json as Partial<FlowIR>;
  if (ir.version !== 1 || typeof ir.start !== "string" || !ir.nodes || typeof ir.nodes !== "object") return null;
  return ir.start in ir.nodes ? (ir as FlowIR) : null;
}

/** Version ids of test calls: the draft compiled into a test session. */
export const TEST_VERSION_PREFIX = "test:";

/** A tenant's flow version: the pinned one by id (or a test session's draft), or the flow's live version. */
export async function loadFlowVersion(prisma: Db, tenantId: string, versionId: string | null, flowId?: string) {
  if (versionId?.startsWith(TEST_VERSION_PREFIX)) {
    const test = await loadTestSessionIr(prisma, tenantId, versionId.slice(TEST_VERSION_PREFIX.length));
    const ir = test ? readFlowIR(test.ir) : null;
    return test && ir ? { id: versionId, ir } : null;
  }
  const row = versionId
    ? await loadFlowVersionById(prisma, tenantId, versionId)
    : flowId ? await loadPublishedVersion(prisma, tenantId, flowId) : null;
  const ir = row ? readFlowIR(row.ir) : null;
  return row && ir ? { id: row.id, ir } : null;
}
