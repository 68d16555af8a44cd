import type { FlowDocument, FlowEdge, FlowNode, Problem } from "@centrala/flow";
import type { MarkerType } from "@xyflow/react";
import { readNodePorts } from "./readNodePorts";
import { targetHandleId, type CanvasEdge, type CanvasNode, type CanvasNodeData, type CanvasOverlay } from "./canvasTypes";

const noProblems: readonly Problem[] = [];
const arrow = { type: "arrowclosed" as MarkerType, width: 16, height: 16 };

/**
 * Derives React Flow nodes from the document. Nodes whose drawing inputs did not change keep
 * their previous object, so memoised node components skip re-rendering (1,000-node flows).
 * React Flow's own fields (selection, measured size, a drag in progress) carry over.
 */
export function convertDocumentToCanvasNodes(previous: readonly CanvasNode[], doc: FlowDocument, overlay: CanvasOverlay): CanvasNode[] {
  const before = new Map(previous.map((node) => [node.id, node]));
  const connected = readConnectedPorts(doc);
  const nodes = doc.nodes.map((node) => {
    const data: CanvasNodeData = {
      node,
      ports: readNodePorts(node),
      connected: connected.get(node.id) ?? "",
      problems: overlay.problems.get(node.id) ?? noProblems,
      ...(overlay.strict ? { strict: true } : {}),
      ...(overlay.diff?.marks.get(node.id) ? { diff: overlay.diff.marks.get(node.id) } : {}),
      ...readRunState(node.id, overlay),
    };
    return reuseOrCreate(before.get(node.id), node, data, overlay.readOnly);
  });
  const ghosts = (overlay.diff?.removedNodes ?? []).map((node) => {
    const data: CanvasNodeData = { node, ports: readNodePorts(node), connected: "", problems: noProblems, diff: "removed", ghost: true };
    return reuseOrCreate(before.get(ghostId(node.id)), { ...node, id: ghostId(node.id) }, data, true);
  });
  return ghosts.length > 0 ? [...nodes, ...ghosts] : nodes;
}

/** Derives React Flow edges (one per document edge, from the source's exit to the target's entrance). */
export function convertDocumentToCanvasEdges(
  doc: FlowDocument,
  options: { selected: ReadonlySet<string>; taken?: ReadonlySet<string> | undefined; readOnly: boolean },
): CanvasEdge[] {
  return doc.edges.map((edge) => convertEdge(edge, options.selected.has(edge.id), options.taken?.has(edge.id) ?? false, options.readOnly));
}

/** From this many connections a flow is big: only connections near the view are drawn. */
export const bigFlowEdges = 300;

/** Ghost nodes of a comparison carry this prefix so they never clash with real ids. */
export function ghostId(nodeId: string): string {
  return `ghost--${nodeId}`;
}

const edgeCache = new WeakMap<FlowEdge, { key: string; edge: CanvasEdge }>();

function convertEdge(edge: FlowEdge, selected: boolean, taken: boolean, readOnly: boolean): CanvasEdge {
  const key = `${selected}|${taken}|${readOnly}`;
  const cached = edgeCache.get(edge);
  if (cached?.key === key) return cached.edge;
  const converted: CanvasEdge = {
    id: edge.id,
    source: edge.source,
    sourceHandle: edge.sourcePort,
    target: edge.target,
    targetHandle: targetHandleId,
    selected,
    selectable: !readOnly,
    deletable: false,
    markerEnd: arrow,
    animated: taken,
    ...(taken ? { className: "centrala-edge-taken" } : {}),
  };
  edgeCache.set(edge, { key, edge: converted });
  return converted;
}

function reuseOrCreate(previous: CanvasNode | undefined, node: FlowNode, data: CanvasNodeData, readOnly: boolean): CanvasNode {
  if (previous && isSameData(previous.data, data) && previous.draggable === !readOnly) return previous;
  const samePlace = previous?.data.node.position === node.position || previous?.data.node === node;
  return {
    id: node.id,
    type: node.kind,
    position: samePlace && previous ? previous.position : node.position,
    data,
    selected: previous?.selected ?? false,
    draggable: !readOnly,
    connectable: !readOnly,
    selectable: !data.ghost,
    deletable: false,
    ...(previous?.measured ? { measured: previous.measured } : {}),
  };
}

function isSameData(a: CanvasNodeData, b: CanvasNodeData): boolean {
  return a.node === b.node && a.connected === b.connected && a.diff === b.diff && a.run === b.run
    && a.ghost === b.ghost && a.strict === b.strict && describeProblems(a.problems) === describeProblems(b.problems);
}

function describeProblems(problems: readonly Problem[]): string {
  return problems.map((problem) => `${problem.code}:${problem.port ?? ""}:${problem.message.en}`).join("|");
}

function readRunState(nodeId: string, overlay: CanvasOverlay): Pick<CanvasNodeData, "run"> {
  if (overlay.activeNodeId === nodeId) return { run: "active" };
  if (overlay.visited?.has(nodeId)) return { run: "visited" };
  return {};
}

function readConnectedPorts(doc: FlowDocument): Map<string, string> {
  const ports = new Map<string, string[]>();
  for (const edge of doc.edges) ports.set(edge.source, [...(ports.get(edge.source) ?? []), edge.sourcePort]);
  return new Map([...ports].map(([id, list]) => [id, list.sort().join(",")]));
}

