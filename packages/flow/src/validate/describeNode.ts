import type { FlowNode } from "../document";
import type { Localized } from "../schema/localized";
import { getNodeDefinition } from "../nodes/registry";

/** Names a node in messages: its label when it has one, otherwise its kind's name. */
export function describeNode(node: Pick<FlowNode, "kind" | "label">): Localized {
  const label = node.label?.trim();
  if (label) return { en: label, pl: label };
  return getNodeDefinition(node.kind).labels;
}
