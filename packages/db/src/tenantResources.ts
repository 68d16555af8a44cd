import { resolveQueueNames, type FlowDocument } from "@centrala/flow";
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
 * numbers, and queues as ids with their names. The editor and the publish step both use it.
 */
export async function loadValidationContext(db: TenantDb) {
  const [prompts, extensions, queues, flows] = await Promise.all([
    db.prompt.findMany({ select: { id: true } }),
    db.extension.findMany({ select: { number: true } }),
    db.queue.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.flow.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    context: {
      promptIds: prompts.map((prompt) => prompt.id),
      extensions: extensions.map((extension) => extension.number),
      queues: queues.map((queue) => ({ id: queue.id, label: queue.name })),
      flowIds: flows.map((flow) => flow.id),
    },
    flows,
  };
}

/**
 * Links the queue names an older flow document carries to the tenant's queues (see
 * resolveQueueNames in @centrala/flow); asks the database only when there is a name to link.
 */
export async function linkQueueNames(db: TenantDb, document: FlowDocument): Promise<FlowDocument> {
  const named = document.nodes.some((node) => "queueName" in node.data || (typeof node.data.target === "object" && node.data.target !== null && "queueName" in node.data.target));
  if (!named) return document;
  const queues = await db.queue.findMany({ select: { id: true, name: true } });
  return resolveQueueNames(document, queues.map((queue) => ({ id: queue.id, label: queue.name })));
}
