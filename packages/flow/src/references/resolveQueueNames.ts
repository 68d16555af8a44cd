import type { FlowDocument } from "../document";
import type { QueueChoice } from "../validate/context";

/**
 * Links queues that an older flow named (an empty `queueId` with a `queueName`) to the tenant's
 * queue of that name: exact first, then ignoring case and surrounding spaces. Names that match
 * nothing stay as they are, so validation can name them. Returns the same document when nothing
 * changed. Pure: the caller passes the tenant's queues.
 */
export function resolveQueueNames(document: FlowDocument, queues: readonly QueueChoice[]): FlowDocument {
  let changed = false;
  const nodes = document.nodes.map((node) => {
    const data = resolveHolder(node.data, queues);
    const target = node.data.target;
    const resolvedTarget = isRecord(target) ? resolveHolder(target, queues) : target;
    if (data === node.data && resolvedTarget === target) return node;
    changed = true;
    return { ...node, data: resolvedTarget === target ? data : { ...data, target: resolvedTarget } } as typeof node;
  });
  return changed ? { ...document, nodes } : document;
}

function resolveHolder<T extends Record<string, unknown>>(holder: T, queues: readonly QueueChoice[]): T {
  const name = holder.queueName;
  if (typeof name !== "string" || (typeof holder.queueId === "string" && holder.queueId !== "")) return holder;
  const wanted = name.trim().toLowerCase();
  const match = queues.find((queue) => queue.label === name) ?? queues.find((queue) => queue.label.trim().toLowerCase() === wanted);
  if (!match) return holder;
  const { queueName: _linked, ...rest } = holder;
  return { ...rest, queueId: match.id } as unknown as T;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
