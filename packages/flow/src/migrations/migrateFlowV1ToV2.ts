/**
 * Format 1 named queues ("queue": "support"); format 2 stores the queue's id, so a rename never
 * breaks a flow. A pure migration cannot know the tenant's ids, so the name moves to `queueName`
 * with an empty `queueId`, and the server links it to the tenant's queue of that name when it
 * loads the document (resolveQueueNames). A name that matches no queue stays visible in the
 * problem the editor shows ("uses the queue “support”, which does not exist").
 */
export function migrateFlowV1ToV2(document: Record<string, unknown>): Record<string, unknown> {
  const nodes = Array.isArray(document.nodes) ? document.nodes : [];
  return { ...document, nodes: nodes.map(migrateNode) };
}

function migrateNode(node: unknown): unknown {
  if (!isRecord(node) || !isRecord(node.data)) return node;
  if (node.kind === "queue") return { ...node, data: convertNamedQueue(node.data, "queue") };
  if (node.kind === "transfer" && isRecord(node.data.target) && node.data.target.type === "queue") {
    return { ...node, data: { ...node.data, target: convertNamedQueue(node.data.target, "queue") } };
  }
  return node;
}

function convertNamedQueue(holder: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: name, ...rest } = holder;
  return typeof name === "string" && name !== "" ? { ...rest, queueId: "", queueName: name } : { ...rest, queueId: "" };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
