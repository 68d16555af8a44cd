import type { FlowDocument } from "@centrala/flow";

export type TraceEvent = { seq: number; type: string; nodeId: string | null; data: unknown };
export type CallPath = { visitedNodeIds: string[]; activeNodeId: string | null; takenEdgeIds: string[] };

/**
 * Turns a call's trace (node entered, branch taken) into what the canvas draws: the nodes passed
 * through, the connections taken and, while the call runs, the node it is in now.
 */
export function convertTraceToPath(events: readonly TraceEvent[], document: FlowDocument, callActive: boolean): CallPath {
  const visited: string[] = [];
  const taken: string[] = [];
  for (const event of events) {
    if (event.type === "nodeEntered" && event.nodeId && !visited.includes(event.nodeId)) visited.push(event.nodeId);
    if (event.type === "branchTaken" && event.nodeId) {
      const port = (event.data as { port?: unknown } | null)?.port;
      const edge = document.edges.find((e) => e.source === event.nodeId && e.sourcePort === port);
      if (edge && !taken.includes(edge.id)) taken.push(edge.id);
    }
  }
  const lastEntered = [...events].reverse().find((e) => e.type === "nodeEntered")?.nodeId ?? null;
  return { visitedNodeIds: visited, activeNodeId: callActive ? lastEntered : null, takenEdgeIds: taken };
}
