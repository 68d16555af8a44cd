import type { TenantDb } from "../forTenant";
import { listReferencedPromptIds } from "./listReferencedPromptIds";

export type PromptUsage = {
  flows: { id: string; name: string; inDraft: boolean; inPublished: boolean; publishedVersion: number | null }[];
  queues: { id: string; name: string }[];
};

/** Where prompts are used: flows (draft and live version) and queues' music on hold, per prompt id. */
export async function findPromptUsage(db: TenantDb, promptIds?: readonly string[]): Promise<Map<string, PromptUsage>> {
  const [flows, tracks] = await Promise.all([
    db.flow.findMany({ select: { id: true, name: true, draft: true, publishedVersion: { select: { number: true, source: true } } }, orderBy: { name: "asc" } }),
    db.queueHoldTrack.findMany({
      where: promptIds ? { promptId: { in: [...promptIds] } } : {},
      select: { promptId: true, queue: { select: { id: true, name: true } } },
      orderBy: { position: "asc" },
    }),
  ]);
  const usage = new Map<string, PromptUsage>();
  const entry = (promptId: string) => {
    let found = usage.get(promptId);
    if (!found) usage.set(promptId, (found = { flows: [], queues: [] }));
    return found;
  };
  const wanted = promptIds ? new Set(promptIds) : null;
  for (const flow of flows) {
    const inDraft = listReferencedPromptIds(flow.draft);
    const inPublished = flow.publishedVersion ? listReferencedPromptIds(flow.publishedVersion.source) : new Set<string>();
    for (const promptId of new Set([...inDraft, ...inPublished])) {
      if (wanted && !wanted.has(promptId)) continue;
      entry(promptId).flows.push({
        id: flow.id, name: flow.name, inDraft: inDraft.has(promptId), inPublished: inPublished.has(promptId),
        publishedVersion: inPublished.has(promptId) ? flow.publishedVersion!.number : null,
      });
    }
  }
  for (const track of tracks) {
    const queues = entry(track.promptId).queues;
    if (!queues.some((q) => q.id === track.queue.id)) queues.push(track.queue);
  }
  return usage;
}
