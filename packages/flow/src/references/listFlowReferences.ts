import type { FlowDocument } from "../document";
import { getNodeDefinition } from "../nodes/registry";
import { isNodeKind } from "../nodes/kinds";

/** Everything outside a flow that it uses, so a delete can be refused while a flow needs it. */
export type FlowReferences = { queueIds: string[]; extensions: string[]; flowIds: string[]; mailboxes: string[]; promptIds: string[] };

/**
 * Lists the queues, extensions, flows, mailboxes and library prompts a document uses. Each kind
 * declares its own references; library prompts are found wherever a step keeps one. A step whose
 * data does not parse contributes only the prompts found in it.
 */
export function listFlowReferences(document: FlowDocument): FlowReferences {
  const sets = { queueIds: new Set<string>(), extensions: new Set<string>(), flowIds: new Set<string>(), mailboxes: new Set<string>(), promptIds: new Set<string>() };
  for (const node of document.nodes) {
    collectPromptIds(node.data, sets.promptIds);
    if (!isNodeKind(node.kind)) continue;
    const definition = getNodeDefinition(node.kind);
    const parsed = definition.schema.safeParse(node.data);
    if (!parsed.success || !definition.listReferences) continue;
    const found = (definition.listReferences as (data: unknown) => Partial<Record<keyof FlowReferences, string[]>>)(parsed.data);
    for (const key of ["queueIds", "extensions", "flowIds", "mailboxes"] as const) for (const value of found[key] ?? []) if (value) sets[key].add(value);
  }
  return {
    queueIds: [...sets.queueIds], extensions: [...sets.extensions], flowIds: [...sets.flowIds], mailboxes: [...sets.mailboxes], promptIds: [...sets.promptIds],
  };
}

function collectPromptIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectPromptIds(item, into);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  if (record.type === "library" && typeof record.promptId === "string") into.add(record.promptId);
  for (const child of Object.values(record)) collectPromptIds(child, into);
}
