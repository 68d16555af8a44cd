import { listFlowReferences, parseFlowDocument, resolveQueueNames, type FlowReferences } from "@centrala/flow";
import type { TenantDb } from "../forTenant";

/** A queue is given with its name too: versions published before flows held ids name it. */
export type UsedThing = { queueId: string; queueName?: string } | { extension: string } | { promptId: string } | { flowId: string };

type FlowName = { id: string; name: string };

function uses(references: FlowReferences, thing: UsedThing): boolean {
  if ("queueId" in thing) return references.queueIds.includes(thing.queueId);
  // An extension is rung by ring groups and transfers, and its number names its voicemail box.
  if ("extension" in thing) return references.extensions.includes(thing.extension) || references.mailboxes.includes(thing.extension);
  if ("promptId" in thing) return references.promptIds.includes(thing.promptId);
  return references.flowIds.includes(thing.flowId);
}

function documentUses(source: unknown, thing: UsedThing): boolean {
  const parsed = parseFlowDocument(source);
  if (!parsed.ok) return false;
  const document = "queueId" in thing && thing.queueName ? resolveQueueNames(parsed.document, [{ id: thing.queueId, label: thing.queueName }]) : parsed.document;
  return uses(listFlowReferences(document), thing);
}

/**
 * The tenant's flows that use a queue, extension, prompt or flow: `live` where the published
 * version uses it (deleting it would break calls: refused), `drafts` where only the draft does
 * (publishing would then fail: worth a warning).
 */
export async function findFlowsUsing(db: TenantDb, thing: UsedThing): Promise<{ live: FlowName[]; drafts: FlowName[] }> {
  const flows = await db.flow.findMany({ select: { id: true, name: true, draft: true, publishedVersion: { select: { source: true } } }, orderBy: { name: "asc" } });
  const live: FlowName[] = [];
  const drafts: FlowName[] = [];
  for (const flow of flows) {
    if (flow.publishedVersion && documentUses(flow.publishedVersion.source, thing)) live.push({ id: flow.id, name: flow.name });
    else if (documentUses(flow.draft, thing)) drafts.push({ id: flow.id, name: flow.name });
  }
  return { live, drafts };
}
