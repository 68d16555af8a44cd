import { currentFlowVersion } from "@centrala/flow";

/**
 * The draft of a new flow: only the "incoming call" node, in the flow document format of
 * docs/flow-language.md. Kept here until @centrala/flow exports its own factory.
 */
export function createBlankFlowDocument() {
  return {
    version: currentFlowVersion,
    nodes: [{ id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} }],
    edges: [],
  } as const;
}
