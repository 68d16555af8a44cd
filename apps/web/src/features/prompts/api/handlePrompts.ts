import { AudioError, describeAudioError, type MediaSettings, type MediaStorage } from "@centrala/media";
import { createPrompt, deletePrompt, deletePromptVariant, DomainError, forTenant, getPrompt, listPrompts, savePromptVariant, updatePrompt, type Db } from "@centrala/db";
import { respondError, respondNotFound, respondOk, type ApiResult } from "../../api/apiResult";
import type { ApiSession } from "../../api/ApiSession";
import { parseJsonBody } from "../../api/parseJsonBody";
import { createPromptBodySchema, patchPromptBodySchema } from "./promptBodySchemas";
import { serializePrompt } from "./serializePrompt";

/** What prompt handlers need besides the database: the store, caps and signing key, and the time. */
export type PromptMedia = { storage: MediaStorage; settings: MediaSettings; origin: string; now?: () => number };

// Another tenant's prompt answers exactly like a missing one (404), never 403.
const notFound = () => respondNotFound("Prompt");
const forbidden = () => respondError(403, "FORBIDDEN", "Your role cannot change prompts");

function serialize(session: ApiSession, media: PromptMedia, prompt: NonNullable<Awaited<ReturnType<typeof getPrompt>>>) {
  return serializePrompt(prompt, { origin: media.origin, signingKey: media.settings.signingKey, tenantId: session.tenantId, now: (media.now ?? Date.now)() });
}

/** GET /api/prompts?q=: the library with variants, missing languages and where each is used. */
export async function handleListPromptLibrary(prisma: Db, session: ApiSession, media: PromptMedia, search?: string): Promise<ApiResult> {
  const prompts = await listPrompts(forTenant(prisma, session.tenantId), search?.trim() || undefined);
  return respondOk({ prompts: prompts.map((prompt) => serialize(session, media, prompt)), languages: ["pl", "en"], limits: { maxBytes: media.settings.maxUploadBytes, maxSeconds: media.settings.maxSeconds } });
}

/** POST /api/prompts {name, ttsText?, language?}: an empty prompt to upload recordings into. */
export async function handleCreatePrompt(prisma: Db, session: ApiSession, media: PromptMedia, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(createPromptBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  const db = forTenant(prisma, session.tenantId);
  try {
    const { id } = await createPrompt(db, { ...parsed.data, userId: session.userId });
    return respondOk({ prompt: serialize(session, media, (await getPrompt(db, id))!) }, 201);
  } catch (error) {
    return convertDomainError(error, session);
  }
}

/** GET /api/prompts/[id] */
export async function handleGetPrompt(prisma: Db, session: ApiSession, media: PromptMedia, promptId: string): Promise<ApiResult> {
  const prompt = await getPrompt(forTenant(prisma, session.tenantId), promptId);
  return prompt ? respondOk({ prompt: serialize(session, media, prompt) }) : notFound();
}

/** PATCH /api/prompts/[id] {name?, ttsText?}: rename (flows keep working: they use the id). */
export async function handlePatchPrompt(prisma: Db, session: ApiSession, media: PromptMedia, promptId: string, body: unknown): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  if (!(await getPrompt(db, promptId))) return notFound();
  const parsed = parseJsonBody(patchPromptBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  try {
    await updatePrompt(db, promptId, { ...parsed.data, userId: session.userId });
  } catch (error) {
    return convertDomainError(error, session);
  }
  return handleGetPrompt(prisma, session, media, promptId);
}

/** DELETE /api/prompts/[id]: 409 IN_USE (with the flows and queues) while a published flow or a queue plays it. */
export async function handleDeletePrompt(prisma: Db, session: ApiSession, media: PromptMedia, promptId: string): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  if (!(await getPrompt(db, promptId))) return notFound();
  try {
    const keys = await deletePrompt(db, promptId, session.userId);
    await Promise.allSettled(keys.map((key) => media.storage.delete(key)));
    return respondOk({ id: promptId, deleted: true });
  } catch (error) {
    return convertDomainError(error, session);
  }
}

/**
 * PUT /api/prompts/[id]/variants/[language]: the raw audio file as the body (any Content-Type;
 * the type is read from the content), its name in `X-File-Name` (URL-encoded). A body over the cap
 * is refused after reading just past the cap (413), or at once when Content-Length says so.
 */
export async function handleUploadVariant(prisma: Db, session: ApiSession, media: PromptMedia, promptId: string, language: string, request: Request): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  if (!(await getPrompt(db, promptId))) return notFound();
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > media.settings.maxUploadBytes) return convertAudioError(new AudioError("TOO_LARGE", { maxBytes: media.settings.maxUploadBytes }), session);
  const fileName = readFileName(request.headers.get("x-file-name"));
  try {
    const variant = await savePromptVariant(db, media.storage, media.settings, {
      tenantId: session.tenantId, promptId, language, fileName, userId: session.userId,
      body: request.body ? (request.body as unknown as AsyncIterable<Uint8Array>) : [],
    });
    const prompt = (await getPrompt(db, promptId))!;
    return respondOk({ prompt: serialize(session, media, prompt), variant: { language: variant.language, durationMs: variant.durationMs } });
  } catch (error) {
    if (error instanceof AudioError) return convertAudioError(error, session);
    return convertDomainError(error, session);
  }
}

/** DELETE /api/prompts/[id]/variants/[language]: removes one language. */
export async function handleDeleteVariant(prisma: Db, session: ApiSession, media: PromptMedia, promptId: string, language: string): Promise<ApiResult> {
  const db = forTenant(prisma, session.tenantId);
  if (!(await getPrompt(db, promptId))) return notFound();
  try {
    const keys = await deletePromptVariant(db, promptId, language, session.userId);
    await Promise.allSettled(keys.map((key) => media.storage.delete(key)));
    return handleGetPrompt(prisma, session, media, promptId);
  } catch (error) {
    return convertDomainError(error, session);
  }
}

const audioStatus = { EMPTY: 400, TOO_LARGE: 413, NOT_AUDIO: 415, UNSUPPORTED_AUDIO: 415, UNREADABLE: 422, TRUNCATED: 422, TOO_LONG: 422, TOO_SLOW: 422 } as const;

function convertAudioError(error: AudioError, session: ApiSession): ApiResult {
  const message = describeAudioError(error.code, error.details, session.locale === "pl" ? "pl" : "en");
  return { status: audioStatus[error.code], body: { error: { code: error.code, message, details: error.details } } };
}

function convertDomainError(error: unknown, session: ApiSession): ApiResult {
  if (!(error instanceof DomainError)) throw error;
  const pl = session.locale === "pl";
  if (error.code === "NOT_FOUND") return respondNotFound("Prompt");
  if (error.code === "NAME_TAKEN") return respondError(409, "NAME_TAKEN", pl ? "Nagranie o tej nazwie już istnieje." : "A prompt with this name already exists.");
  if (error.code === "IN_USE") {
    const details = error.details as { flows: { id: string; name: string }[]; queues: { id: string; name: string }[] };
    const names = [...details.flows.map((f) => `„${f.name}”`), ...details.queues.map((q) => `„${q.name}”`)].join(", ");
    const message = pl
      ? `Tego nagrania nie można usunąć: używają go ${names}. Najpierw usuń je z tych przepływów i kolejek (i opublikuj przepływy).`
      : `This prompt cannot be deleted: ${names} use${details.flows.length + details.queues.length === 1 ? "s" : ""} it. Remove it from those flows and queues first (and publish the flows).`;
    return { status: 409, body: { error: { code: "IN_USE", message, flows: details.flows, queues: details.queues } } };
  }
  if (error.code === "INVALID") return respondError(400, "VALIDATION", pl ? "Dozwolone języki nagrań: pl, en." : error.message);
  throw error;
}

function readFileName(header: string | null): string {
  if (!header) return "";
  try {
    return decodeURIComponent(header).replace(/[\\/\r\n]/g, "_").slice(0, 200);
  } catch {
    return "";
  }
}
