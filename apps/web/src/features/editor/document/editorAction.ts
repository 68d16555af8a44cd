import type { FlowDocument, FlowEdge, FlowNode, FlowSchedule } from "@centrala/flow";
import { dropEdgesFromMissingPorts } from "./dropEdgesFromMissingPorts";

type Position = { x: number; y: number };

/** Every change a person can make to the document. Each one is a named step in undo history. */
export type EditorAction =
  | { type: "addNode"; node: FlowNode; edge?: FlowEdge }
  | { type: "paste"; nodes: FlowNode[]; edges: FlowEdge[] }
  | { type: "moveNodes"; positions: Record<string, Position> }
  | { type: "layout"; positions: Record<string, Position> }
  | { type: "remove"; nodeIds: string[]; edgeIds: string[] }
  | { type: "connect"; edge: FlowEdge }
  | { type: "disconnect"; edgeIds: string[] }
  | { type: "updateData"; nodeId: string; data: FlowNode["data"] }
  | { type: "rename"; nodeId: string; label: string }
  | { type: "replace"; document: FlowDocument; reason: "import" | "restore" | "version" }
  | { type: "shareSchedule"; nodeId: string; schedule: FlowSchedule }
  | { type: "updateSchedule"; scheduleId: string; name?: string; hours?: FlowSchedule["hours"] };

export type EditorActionType = EditorAction["type"];

type Handlers = { [T in EditorActionType]: (doc: FlowDocument, action: Extract<EditorAction, { type: T }>) => FlowDocument };

// One pure function per action, looked up by name: the history reducer stays generic.
const handlers: Handlers = {
  // A step added under another (keyboard, double-click, a wire dropped on empty canvas) arrives
  // connected, in one undoable step.
  addNode: (doc, { node, edge }) => ({ ...doc, nodes: [...doc.nodes, node], ...(edge ? { edges: [...doc.edges, edge] } : {}) }),
  paste: (doc, { nodes, edges }) => ({ ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] }),
  moveNodes: (doc, { positions }) => movePositions(doc, positions),
  layout: (doc, { positions }) => movePositions(doc, positions),
  remove: (doc, { nodeIds, edgeIds }) => removeElements(doc, nodeIds, edgeIds),
  connect: (doc, { edge }) => ({
    ...doc,
    // A port has one exit: connecting it again replaces the old connection.
    edges: [...doc.edges.filter((e) => !(e.source === edge.source && e.sourcePort === edge.sourcePort)), edge],
  }),
  disconnect: (doc, { edgeIds }) => removeElements(doc, [], edgeIds),
  updateData: (doc, { nodeId, data }) => dropEdgesFromMissingPorts(updateNode(doc, nodeId, (node) => ({ ...node, data })), nodeId),
  rename: (doc, { nodeId, label }) =>
    updateNode(doc, nodeId, ({ label: _old, ...node }) => (label.trim() === "" ? node : { ...node, label: label.slice(0, 200) })),
  replace: (_doc, { document }) => document,
  // The step's own hours become a schedule other hours steps can choose.
  shareSchedule: (doc, { nodeId, schedule }) => updateNode({ ...doc, schedules: [...(doc.schedules ?? []), schedule] }, nodeId, (node) => ({ ...node, data: { ...node.data, scheduleId: schedule.id } })),
  updateSchedule: (doc, { scheduleId, name, hours }) => ({
    ...doc,
    schedules: (doc.schedules ?? []).map((schedule) => (schedule.id === scheduleId
      ? { ...schedule, ...(name === undefined ? {} : { name: name.slice(0, 100) }), ...(hours === undefined ? {} : { hours }) }
      : schedule)),
  }),
};

/** Applies one action; returns the same object when nothing changed (so history skips it). */
export function applyEditorAction(doc: FlowDocument, action: EditorAction): FlowDocument {
  const handle = handlers[action.type] as (doc: FlowDocument, action: EditorAction) => FlowDocument;
  return handle(doc, action);
}

function updateNode(doc: FlowDocument, nodeId: string, change: (node: FlowNode) => FlowNode): FlowDocument {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    if (node.id !== nodeId) return node;
    changed = true;
    return change(node);
  });
  return changed ? { ...doc, nodes } : doc;
}

function movePositions(doc: FlowDocument, positions: Record<string, Position>): FlowDocument {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    const next = positions[node.id];
    // Whole pixels: sub-pixel drags would otherwise make endless tiny "changes".
    const x = next ? Math.round(next.x) : node.position.x;
    const y = next ? Math.round(next.y) : node.position.y;
    if (x === node.position.x && y === node.position.y) return node;
    changed = true;
    return { ...node, position: { x, y } };
  });
  return changed ? { ...doc, nodes } : doc;
}

function removeElements(doc: FlowDocument, nodeIds: readonly string[], edgeIds: readonly string[]): FlowDocument {
  // The incoming-call step is where every call begins; removing it would leave nothing to run.
  const removable = new Set(nodeIds.filter((id) => doc.nodes.find((node) => node.id === id)?.kind !== "start"));
  const removedEdges = new Set(edgeIds);
  const nodes = doc.nodes.filter((node) => !removable.has(node.id));
  const edges = doc.edges.filter((edge) => !removedEdges.has(edge.id) && !removable.has(edge.source) && !removable.has(edge.target));
  if (nodes.length === doc.nodes.length && edges.length === doc.edges.length) return doc;
  return { ...doc, nodes, edges };
}
