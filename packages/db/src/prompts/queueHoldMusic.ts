import type { Db } from "../createPrismaClient";
import { DomainError } from "../errors";
import { forTenant, SCOPED_TENANT, type TenantDb } from "../forTenant";
import { pickPromptVariant } from "./promptLanguages";

/** One piece of music on hold as a call plays it: which prompt, which recorded language, how long. */
export type HoldTrack = { promptId: string; language: string; durationMs: number };

/** A queue's music on hold, in order (empty: the project's default melody). */
export function listQueueHoldMusic(db: TenantDb, queueId: string) {
  return db.queueHoldTrack.findMany({
    where: { queueId }, orderBy: { position: "asc" },
    select: { position: true, prompt: { select: { id: true, name: true, variants: { select: { language: true, durationMs: true } } } } },
  });
}

/** Sets a queue's music on hold: one prompt, a playlist, or none (the default melody). */
export async function setQueueHoldMusic(db: TenantDb, queueId: string, promptIds: readonly string[], userId?: string) {
  if (promptIds.length > 20) throw new DomainError("INVALID", "A hold playlist holds at most 20 prompts", { field: "promptIds" });
  const queue = await db.queue.findFirst({ where: { id: queueId }, select: { id: true } });
  if (!queue) throw new DomainError("NOT_FOUND", "Queue not found");
  const prompts = await db.prompt.findMany({ where: { id: { in: [...promptIds] } }, select: { id: true, variants: { select: { id: true } } } });
  const missing = promptIds.filter((id) => !prompts.some((p) => p.id === id));
  if (missing.length) throw new DomainError("NOT_FOUND", "Prompt not found", { promptIds: missing });
  const silent = prompts.filter((p) => p.variants.length === 0).map((p) => p.id);
  if (silent.length) throw new DomainError("INVALID", "A prompt without a recording cannot be music on hold", { promptIds: silent });
  await db.queueHoldTrack.deleteMany({ where: { queueId } });
  if (promptIds.length) {
    await db.queueHoldTrack.createMany({ data: promptIds.map((promptId, position) => ({ queueId, promptId, position, tenantId: SCOPED_TENANT })) });
  }
  await db.auditLog.create({ data: { action: "queue.holdMusic", entityType: "Queue", entityId: queueId, userId: userId ?? null, data: { promptIds: [...promptIds] }, tenantId: SCOPED_TENANT } });
}

/**
 * The tracks a caller waiting in jambonz queue `queueName` (the queue's id; its name in flows
 * published before queues were known by id) hears, in the call's language: the queue's playlist,
 * else the hold prompt the flow's queue node names; null when neither exists (the runtime then
 * plays the default melody).
 */
export async function loadHoldMusic(prisma: Db, tenantId: string, queueName: string, callLanguage: string, holdPromptId?: string): Promise<HoldTrack[] | null> {
  const db = forTenant(prisma, tenantId);
  const playlist = await db.queueHoldTrack.findMany({
    where: { queue: { OR: [{ id: queueName }, { name: queueName }] } }, orderBy: { position: "asc" },
    select: { prompt: { select: { id: true, variants: { select: { language: true, durationMs: true } } } } },
  });
  const prompts = playlist.length
    ? playlist.map((track) => track.prompt)
    : holdPromptId
      ? await db.prompt.findMany({ where: { id: holdPromptId }, select: { id: true, variants: { select: { language: true, durationMs: true } } } })
      : [];
  const tracks = prompts.flatMap((prompt) => {
    const variant = pickPromptVariant(prompt.variants, callLanguage);
    return variant && variant.durationMs > 0 ? [{ promptId: prompt.id, language: variant.language, durationMs: variant.durationMs }] : [];
  });
  return tracks.length ? tracks : null;
}
