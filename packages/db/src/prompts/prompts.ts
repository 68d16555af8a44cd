import { DomainError } from "../errors";
import { SCOPED_TENANT, type TenantDb } from "../forTenant";
import { findPromptUsage, type PromptUsage } from "./promptUsage";

const variantSelect = {
  id: true, language: true, originalName: true, originalMime: true, originalSizeBytes: true, sizeBytes: true, durationMs: true,
  sampleRate: true, inputLoudness: true, loudness: true, peakDbfs: true, uploadedById: true, createdAt: true, updatedAt: true,
} as const;

const promptSelect = {
  id: true, name: true, language: true, ttsText: true, createdById: true, createdAt: true, updatedAt: true,
  variants: { select: variantSelect, orderBy: { language: "asc" } },
} as const;

const noUsage: PromptUsage = { flows: [], queues: [] };

/** The tenant's prompt library, by name, with each prompt's variants and where it is used. */
export async function listPrompts(db: TenantDb, search?: string) {
  const [prompts, usage] = await Promise.all([
    db.prompt.findMany({ where: search ? { name: { contains: search, mode: "insensitive" } } : {}, select: promptSelect, orderBy: { name: "asc" } }),
    findPromptUsage(db),
  ]);
  return prompts.map((prompt) => ({ ...prompt, usedIn: usage.get(prompt.id) ?? noUsage }));
}

/** One prompt with its variants and usage; null when it is not this tenant's. */
export async function getPrompt(db: TenantDb, promptId: string) {
  const prompt = await db.prompt.findFirst({ where: { id: promptId }, select: promptSelect });
  if (!prompt) return null;
  const usage = await findPromptUsage(db, [promptId]);
  return { ...prompt, usedIn: usage.get(promptId) ?? noUsage };
}

export type PromptDetails = NonNullable<Awaited<ReturnType<typeof getPrompt>>>;

/** Creates an empty prompt (its recordings are uploaded per language). Names are unique per tenant. */
export async function createPrompt(db: TenantDb, input: { name: string; language?: string; ttsText?: string | null; userId?: string }) {
  const name = input.name.trim();
  await refuseTakenName(db, name);
  const prompt = await db.prompt.create({
    data: { name, language: input.language ?? "pl-PL", ttsText: input.ttsText ?? null, createdById: input.userId ?? null, tenantId: SCOPED_TENANT },
    select: { id: true },
  });
  await db.auditLog.create({ data: { action: "prompt.create", entityType: "Prompt", entityId: prompt.id, userId: input.userId ?? null, data: { name }, tenantId: SCOPED_TENANT } });
  return prompt;
}

/** Renames a prompt (flows reference its id, so nothing breaks) or changes its script. */
export async function updatePrompt(db: TenantDb, promptId: string, input: { name?: string; ttsText?: string | null; userId?: string }) {
  const name = input.name?.trim();
  if (name !== undefined) await refuseTakenName(db, name, promptId);
  const { count } = await db.prompt.updateMany({
    where: { id: promptId },
    data: { ...(name !== undefined ? { name } : {}), ...(input.ttsText !== undefined ? { ttsText: input.ttsText } : {}) },
  });
  if (count === 0) throw new DomainError("NOT_FOUND", "Prompt not found");
  await db.auditLog.create({ data: { action: "prompt.update", entityType: "Prompt", entityId: promptId, userId: input.userId ?? null, data: { ...(name ? { name } : {}) }, tenantId: SCOPED_TENANT } });
}

/**
 * Deletes a prompt and its variants, unless a published flow plays it or a queue uses it as music
 * on hold (then IN_USE lists them). Returns the storage keys of its files, for the caller to delete.
 */
export async function deletePrompt(db: TenantDb, promptId: string, userId?: string): Promise<string[]> {
  const prompt = await db.prompt.findFirst({ where: { id: promptId }, select: { id: true, name: true, variants: { select: { originalKey: true, normalisedKey: true } } } });
  if (!prompt) throw new DomainError("NOT_FOUND", "Prompt not found");
  const usage = (await findPromptUsage(db, [promptId])).get(promptId) ?? noUsage;
  const published = usage.flows.filter((flow) => flow.inPublished);
  if (published.length || usage.queues.length) {
    const names = [...published.map((flow) => `flow “${flow.name}”`), ...usage.queues.map((queue) => `queue “${queue.name}”`)];
    throw new DomainError("IN_USE", `“${prompt.name}” is in use by ${names.join(", ")}`, { flows: published, queues: usage.queues });
  }
  await db.prompt.deleteMany({ where: { id: promptId } });
  await db.auditLog.create({ data: { action: "prompt.delete", entityType: "Prompt", entityId: promptId, userId: userId ?? null, data: { name: prompt.name }, tenantId: SCOPED_TENANT } });
  return prompt.variants.flatMap((v) => [v.originalKey, v.normalisedKey]);
}

/** Deletes one language of a prompt (the others stay). Returns its files' keys. */
export async function deletePromptVariant(db: TenantDb, promptId: string, language: string, userId?: string): Promise<string[]> {
  const variant = await db.promptVariant.findFirst({ where: { promptId, language }, select: { id: true, originalKey: true, normalisedKey: true } });
  if (!variant) throw new DomainError("NOT_FOUND", "Prompt recording not found");
  await db.promptVariant.deleteMany({ where: { id: variant.id } });
  await db.auditLog.create({ data: { action: "prompt.variant.delete", entityType: "Prompt", entityId: promptId, userId: userId ?? null, data: { language }, tenantId: SCOPED_TENANT } });
  return [variant.originalKey, variant.normalisedKey];
}

async function refuseTakenName(db: TenantDb, name: string, exceptId?: string): Promise<void> {
  const taken = await db.prompt.findFirst({ where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new DomainError("NAME_TAKEN", `A prompt called “${name}” already exists`, { promptId: taken.id });
}
