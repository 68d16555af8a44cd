import type { TenantDb } from "./forTenant";

/** The tenant's prompt library, by name. */
export function listTenantPrompts(db: TenantDb) {
  return db.prompt.findMany({
    select: { id: true, name: true, language: true, ttsText: true, variants: { select: { language: true, durationMs: true }, orderBy: { language: "asc" } } },
    orderBy: { name: "asc" },
  });
}

/** The tenant's extensions (desk phones and apps), by number. */
export function listTenantExtensions(db: TenantDb) {
  return db.extension.findMany({ select: { id: true, number: true, name: true }, orderBy: { number: "asc" } });
}

/**
 * What flow validation needs to know about the tenant: ids of prompts and flows, extension
 * numbers and queue names. The editor and the publish step both use it, so they agree.
 */
export async function loadValidationContext(db: TenantDb) {
  const [prompts, extensions, queues, flows] = await Promise.all([
    db.prompt.findMany({ select: { id: true } }),
    db.extension.findMany({ select: { number: true } }),
    db.queue.findMany({ select: { name: true }, orderBy: { name: "asc" } }),
    db.flow.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    context: {
      promptIds: prompts.map((prompt) => prompt.id),
      extensions: extensions.map((extension) => extension.number),
      queues: queues.map((queue) => queue.name),
      flowIds: flows.map((flow) => flow.id),
    },
    flows,
  };
}
