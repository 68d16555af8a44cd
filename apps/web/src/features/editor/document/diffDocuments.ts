import { stableStringify, type FlowDocument, type FlowNode } from "@centrala/flow";

export type DiffMark = "added" | "removed" | "changed";

export type DocumentDiff = {
  /** Mark per node id; nodes that are the same in both are absent. */
  marks: Map<string, DiffMark>;
  /** Nodes only in the base, drawn ghosted where they used to be. */
  removedNodes: FlowNode[];
};

/**
 * Compares an older version (`base`) with a newer document (`target`) the way a caller would
 * notice: settings, name and where each exit leads. Moving a node on the canvas is not a change.
 */
export function diffDocuments(base: FlowDocument, target: FlowDocument): DocumentDiff {
  const baseNodes = new Map(base.nodes.map((node) => [node.id, node]));
  const targetIds = new Set(target.nodes.map((node) => node.id));
  const baseExits = readExits(base);
  const targetExits = readExits(target);
  const marks = new Map<string, DiffMark>();
  for (const node of target.nodes) {
    const before = baseNodes.get(node.id);
    if (!before) marks.set(node.id, "added");
    else if (describeNode(before, baseExits) !== describeNode(node, targetExits)) marks.set(node.id, "changed");
  }
  const removedNodes = base.nodes.filter((node) => !targetIds.has(node.id));
  for (const node of removedNodes) marks.set(node.id, "removed");
  return { marks, removedNodes };
}

function readExits(doc: FlowDocument): Map<string, string> {
  const exits = new Map<string, string[]>();
  for (const edge of doc.edges) exits.set(edge.source, [...(exits.get(edge.source) ?? []), `${edge.sourcePort}>${edge.target}`]);
  return new Map([...exits].map(([id, list]) => [id, list.sort().join(",")]));
}

function describeNode(node: FlowNode, exits: Map<string, string>): string {
  return stableStringify({ kind: node.kind, label: node.label ?? "", data: node.data, exits: exits.get(node.id) ?? "" });
}
