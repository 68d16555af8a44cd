import type { Db } from "@centrala/db";
import type { FlowIR } from "@centrala/flow";
import { loadFlowVersion } from "./loadFlowVersion";

const maxCached = 1000;

/**
 * Flow versions for calls in progress, cached: a version (and a test session's draft) never
 * changes once made, so a call that resumes here, or moves into another flow, finds its IR in
 * memory, even while the database is away. A flow's live version (for "go to flow") is looked up
 * afresh, falling back to the one last seen if the database cannot answer.
 */
export function createFlowVersions(prisma: Db) {
  const byId = new Map<string, { id: string; ir: FlowIR }>();
  const liveByFlow = new Map<string, { id: string; ir: FlowIR }>();
  const remember = (map: Map<string, { id: string; ir: FlowIR }>, key: string, value: { id: string; ir: FlowIR }) => {
    map.delete(key);
    map.set(key, value);
    if (map.size > maxCached) map.delete(map.keys().next().value!);
  };
  return {
    /** A version by id (pinned by a call), or null when the tenant has no such version. */
    async byId(tenantId: string, versionId: string) {
      const key = `${tenantId}/${versionId}`;
      const cached = byId.get(key);
      if (cached) return cached;
      const version = await loadFlowVersion(prisma, tenantId, versionId);
      if (version) remember(byId, key, version);
      return version;
    },
    /** The live version of one of the tenant's flows. */
    async live(tenantId: string, flowId: string) {
      const key = `${tenantId}/${flowId}`;
      try {
        const version = await loadFlowVersion(prisma, tenantId, null, flowId);
        if (version) {
          remember(liveByFlow, key, version);
          remember(byId, `${tenantId}/${version.id}`, version);
        }
        return version;
      } catch (err) {
        const known = liveByFlow.get(key);
        if (!known) throw err;
        return known;
      }
    },
  };
}

export type FlowVersions = ReturnType<typeof createFlowVersions>;
