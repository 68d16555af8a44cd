import "server-only";
import { forTenant, getFlow, getPrisma, listTenantExtensions, listTenantPrompts, loadValidationContext } from "@centrala/db";
import { currentFlowVersion, parseFlowDocument, resolveQueueNames, type FlowDocument } from "@centrala/flow";
import { getCurrentTenant } from "../tenant/getCurrentTenant";
import type { FlowEditorProps } from "./FlowEditorProps";

const blankDocument: FlowDocument = { version: currentFlowVersion, nodes: [{ id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} }], edges: [] };

/**
 * Everything the editor page needs, read through the tenant scope: another tenant's flow id gives
 * null (the page answers 404 exactly as for a missing flow).
 */
export async function loadEditorData(tenantId: string, flowId: string, canEdit: boolean): Promise<Omit<FlowEditorProps, "activeNodeId" | "visitedNodeIds" | "takenEdgeIds" | "sidePanel" | "toolbarExtra"> | null> {
  const db = forTenant(getPrisma(), tenantId);
  const flow = await getFlow(db, flowId);
  if (!flow) return null;
  const [{ context, flows }, prompts, extensions, tenant] = await Promise.all([loadValidationContext(db), listTenantPrompts(db), listTenantExtensions(db), getCurrentTenant(tenantId)]);
  // The JSON column is parsed (and upgraded) like any other boundary before the editor sees it.
  const parsed = parseFlowDocument(flow.draft);
  return {
    flow: { id: flow.id, name: flow.name },
    // Queues an older draft named are linked to the tenant's queues (by id) before anyone edits.
    initialDraft: parsed.ok ? resolveQueueNames(parsed.document, context.queues) : blankDocument,
    initialRevision: flow.draftRevision,
    liveVersion: flow.publishedVersion ? { number: flow.publishedVersion.number, publishedAt: flow.publishedVersion.publishedAt.toISOString() } : null,
    validationContext: context,
    resources: {
      prompts: prompts.map((prompt) => ({ id: prompt.id, name: prompt.name, language: prompt.language, ttsText: prompt.ttsText })),
      extensions: extensions.map((extension) => ({ number: extension.number, name: extension.name })),
      queues: context.queues.map((queue) => ({ id: queue.id, name: queue.label })),
      flows: flows.filter((other) => other.id !== flow.id),
      timezone: tenant?.timezone ?? "Europe/Warsaw",
    },
    canEdit,
  };
}
