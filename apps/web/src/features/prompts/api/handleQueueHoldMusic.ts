import { DomainError, forTenant, listQueueHoldMusic, setQueueHoldMusic, type Db } from "@centrala/db";
import { z } from "zod";
import { respondError, respondNotFound, respondOk, type ApiResult } from "../../api/apiResult";
import type { ApiSession } from "../../api/ApiSession";
import { parseJsonBody } from "../../api/parseJsonBody";

const bodySchema = z.object({ promptIds: z.array(z.string().min(1).max(200)).max(20, "A hold playlist holds at most 20 prompts") });

/** GET /api/queues/[id]/hold-music: the queue's playlist in order (empty: the default melody). */
export async function handleGetQueueHoldMusic(prisma: Db, session: ApiSession, queueId: string): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  if (!(await db.queue.findFirst({ where: { id: queueId }, select: { id: true } }))) return respondNotFound("Queue");
  const tracks = await listQueueHoldMusic(db, queueId);
  return respondOk({
    usesDefault: tracks.length === 0,
    tracks: tracks.map((t) => ({ promptId: t.prompt.id, name: t.prompt.name, languages: t.prompt.variants.map((v) => v.language), durationMs: Math.max(0, ...t.prompt.variants.map((v) => v.durationMs)) })),
  });
}

/** PUT /api/queues/[id]/hold-music {promptIds}: one prompt, a playlist, or [] for the default melody. */
export async function handlePutQueueHoldMusic(prisma: Db, session: ApiSession, queueId: string, body: unknown): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  if (!(await db.queue.findFirst({ where: { id: queueId }, select: { id: true } }))) return respondNotFound("Queue");
  const parsed = parseJsonBody(bodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  try {
    await setQueueHoldMusic(db, queueId, parsed.data.promptIds, session.userId);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const pl = session.locale === "pl";
    if (error.code === "NOT_FOUND") return respondError(404, "NOT_FOUND", pl ? "Nie ma takiego nagrania." : "Prompt not found", [{ path: "promptIds", message: String((error.details.promptIds as string[] | undefined)?.join(", ") ?? "") }]);
    if (error.code === "INVALID") return respondError(400, "VALIDATION", pl ? "Nagranie bez pliku dźwiękowego nie może być muzyką w oczekiwaniu." : "A prompt without a recording cannot be music on hold.");
    throw error;
  }
  return handleGetQueueHoldMusic(prisma, session, queueId);
}
