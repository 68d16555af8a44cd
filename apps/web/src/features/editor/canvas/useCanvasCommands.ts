"use client";

import { useCallback, useRef, type RefObject } from "react";
import { useReactFlow, type Connection, type FinalConnectionState } from "@xyflow/react";
import { z } from "zod";
import { flowEdgeSchema, flowNodeSchema, type FlowDocument, type NodeKind } from "@centrala/flow";
import { checkConnection, type ConnectionRefusal } from "../document/checkConnection";
import { copySelection, type ClipboardContent } from "../document/copySelection";
import { createElementId } from "../document/createElementId";
import { createNode } from "../document/createNode";
import { findFreeSpot } from "../document/findFreeSpot";
import type { EditorAction } from "../document/editorAction";
import { pasteClipboard } from "../document/pasteClipboard";
import { findFreePort, placeBelow } from "../document/placeBelow";
import type { CanvasNode } from "../document/canvasTypes";
import { layoutWithElk } from "./layoutWithElk";
import { fitViewPadding } from "./fitViewPadding";

type Options = {
  doc: FlowDocument;
  nodes: readonly CanvasNode[];
  selectedEdgeIds: ReadonlySet<string>;
  readOnly: boolean;
  apply: (action: EditorAction) => void;
  selectAfterChange: (ids: readonly string[]) => void;
  refuse: (reason: ConnectionRefusal) => void;
  onStartNotDeletable: () => void;
  wrapper: RefObject<HTMLDivElement | null>;
  /** A wire was let go on empty canvas: offer the steps it could lead to. */
  onWireDroppedOnCanvas: (drop: WireDrop) => void;
  /** A step was added from the keyboard or by double-click: its settings take the focus. */
  onAddedFromKeyboard: (nodeId: string) => void;
};

/** Where a wire was let go on empty canvas, and which exit it came from. */
export type WireDrop = { source: string; sourcePort: string; flowPosition: { x: number; y: number }; screen: { x: number; y: number } };

// The minimap's corner of the canvas (its size plus margin): new steps are never put under it.
const minimapArea = { width: 230, height: 180 };

const clipboardKey = "centrala.editor.clipboard";

/** What a person does on the canvas, turned into named document actions. */
export function useCanvasCommands(options: Options) {
  const flow = useReactFlow<CanvasNode>();
  const latest = useRef(options);
  latest.current = options;
  const pasteCount = useRef(0);

  const addNodeAt = useCallback((kind: NodeKind, position: { x: number; y: number }) => {
    const { doc, apply, selectAfterChange, readOnly } = latest.current;
    if (readOnly) return;
    const node = createNode(doc, kind, { x: position.x - 120, y: position.y - 40 });
    apply({ type: "addNode", node });
    selectAfterChange([node.id]);
    return node.position;
  }, []);

  /** Pans just enough for a new step to be in view and clear of the minimap. */
  const reveal = useCallback((position: { x: number; y: number }) => {
    const rect = latest.current.wrapper.current?.getBoundingClientRect();
    if (!rect) return;
    const zoom = flow.getZoom();
    const topLeft = flow.flowToScreenPosition(position);
    const box = { left: topLeft.x, top: topLeft.y, right: topLeft.x + 260 * zoom, bottom: topLeft.y + 140 * zoom };
    const inside = box.left >= rect.left + 16 && box.top >= rect.top + 16 && box.right <= rect.right - 16 && box.bottom <= rect.bottom - 16;
    const underMinimap = box.right > rect.right - minimapArea.width && box.bottom > rect.bottom - minimapArea.height;
    if (inside && !underMinimap) return;
    void flow.setCenter(position.x + 130, position.y + 70, { zoom, duration: 200 });
  }, [flow]);

  /**
   * Adds a step from the palette by keyboard or double-click: under the selected step and
   * connected to its first free exit; with nothing selected, in the middle of the visible canvas
   * (left of and above the minimap). Either way it ends up in view, selected, its settings focused.
   */
  const addNodeFromPalette = useCallback((kind: NodeKind) => {
    const { doc, nodes, apply, selectAfterChange, readOnly, onAddedFromKeyboard } = latest.current;
    const rect = latest.current.wrapper.current?.getBoundingClientRect();
    if (readOnly || !rect) return;
    const selected = nodes.filter((node) => node.selected && !node.data.ghost);
    const parent = selected.length === 1 ? doc.nodes.find((node) => node.id === selected[0]?.id) : undefined;
    let position: { x: number; y: number };
    let edge: { id: string; source: string; sourcePort: string; target: string } | undefined;
    if (parent) {
      const measured = flow.getInternalNode(parent.id)?.measured;
      position = placeBelow(doc, parent, { width: measured?.width ?? 240, height: measured?.height ?? 110 });
      const port = findFreePort(doc, parent);
      if (port) edge = { id: createElementId("e", new Set(doc.edges.map((e) => e.id))), source: parent.id, sourcePort: port, target: "" };
    } else {
      const centre = flow.screenToFlowPosition({ x: rect.left + (rect.width - minimapArea.width) / 2, y: rect.top + (rect.height - minimapArea.height / 2) / 2 });
      position = findFreeSpot(doc, { x: centre.x - 120, y: centre.y - 50 });
    }
    const node = createNode(doc, kind, position);
    apply({ type: "addNode", node, ...(edge ? { edge: { ...edge, target: node.id } } : {}) });
    selectAfterChange([node.id]);
    reveal(node.position);
    onAddedFromKeyboard(node.id);
  }, [flow, reveal]);

  /** A step chosen for a wire let go on empty canvas: placed where the wire ended, connected. */
  const addNodeAtWire = useCallback((kind: NodeKind, drop: WireDrop) => {
    const { doc, apply, selectAfterChange, readOnly } = latest.current;
    if (readOnly) return;
    const node = createNode(doc, kind, { x: drop.flowPosition.x - 120, y: drop.flowPosition.y });
    const check = checkConnection({ ...doc, nodes: [...doc.nodes, node] }, { source: drop.source, sourcePort: drop.sourcePort, target: node.id });
    const edge = check.ok ? { id: createElementId("e", new Set(doc.edges.map((e) => e.id))), source: drop.source, sourcePort: drop.sourcePort, target: node.id } : undefined;
    apply({ type: "addNode", node, ...(edge ? { edge } : {}) });
    selectAfterChange([node.id]);
    reveal(node.position);
  }, [reveal]);

  const copy = useCallback(() => {
    const { doc, nodes } = latest.current;
    const content = copySelection(doc, nodes.filter((node) => node.selected).map((node) => node.id));
    if (content.nodes.length === 0) return;
    pasteCount.current = 0;
    try {
      localStorage.setItem(clipboardKey, JSON.stringify(content));
    } catch {
      // Without storage, copy still works within this tab through the ref below.
    }
    memoryClipboard.current = content;
  }, []);
  const memoryClipboard = useRef<ClipboardContent | null>(null);

  const paste = useCallback(() => {
    const { doc, apply, selectAfterChange, readOnly } = latest.current;
    const content = readClipboard() ?? memoryClipboard.current;
    if (readOnly || !content || content.nodes.length === 0) return;
    pasteCount.current += 1;
    // Next to the originals, but never on top of any step (the copies would hide their exits).
    const anchor = content.nodes[0]?.position ?? { x: 0, y: 0 };
    const shape = content.nodes.map((node) => ({ x: node.position.x - anchor.x, y: node.position.y - anchor.y }));
    const spot = findFreeSpot(doc, { x: anchor.x + 40 * pasteCount.current, y: anchor.y + 40 * pasteCount.current }, shape);
    const pasted = pasteClipboard(doc, content, { x: spot.x - anchor.x, y: spot.y - anchor.y });
    apply({ type: "paste", ...pasted });
    selectAfterChange(pasted.nodes.map((node) => node.id));
  }, []);

  const removeSelection = useCallback(() => {
    const { doc, nodes, selectedEdgeIds, apply, readOnly, onStartNotDeletable } = latest.current;
    if (readOnly) return;
    const nodeIds = nodes.filter((node) => node.selected && !node.data.ghost).map((node) => node.id);
    const startChosen = nodeIds.some((id) => doc.nodes.find((node) => node.id === id)?.kind === "start");
    if (startChosen) onStartNotDeletable();
    if (nodeIds.length === 0 && selectedEdgeIds.size === 0) return;
    apply({ type: "remove", nodeIds, edgeIds: [...selectedEdgeIds] });
  }, []);

  const connect = useCallback((source: string, sourcePort: string | null | undefined, target: string, replace = false) => {
    const { doc, apply, refuse, readOnly } = latest.current;
    if (readOnly) return refuse("readOnly");
    const check = checkConnection(doc, { source, sourcePort, target }, { replace });
    if (!check.ok) return refuse(check.reason);
    const edgeIds = new Set(doc.edges.map((edge) => edge.id));
    apply({ type: "connect", edge: { id: createElementId("e", edgeIds), source, sourcePort: sourcePort ?? "", target } });
  }, []);

  const onConnect = useCallback((connection: Connection) => connect(connection.source, connection.sourceHandle, connection.target), [connect]);

  const isValidConnection = useCallback((connection: Connection | { source: string; sourceHandle?: string | null; target: string }) =>
    checkConnection(latest.current.doc, { source: connection.source, sourcePort: connection.sourceHandle, target: connection.target }).ok, []);

  /** Dropping a connection on a node's body (not only its small entrance) connects it, or says why not. */
  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid || !state.fromNode || !state.fromHandle) return;
    const point = "changedTouches" in event ? event.changedTouches[0] : event;
    const element = point ? document.elementFromPoint(point.clientX, point.clientY) : null;
    const targetId = state.toNode?.id ?? element?.closest<HTMLElement>(".react-flow__node")?.dataset.id;
    // Letting go on empty canvas offers the steps the wire could lead to; back on the node it
    // started from is just giving up.
    if (!targetId && !element?.closest(".react-flow__panel, .react-flow__minimap, .react-flow__controls") && point && state.fromHandle.id) {
      latest.current.onWireDroppedOnCanvas({
        source: state.fromNode.id, sourcePort: state.fromHandle.id,
        flowPosition: flow.screenToFlowPosition({ x: point.clientX, y: point.clientY }), screen: { x: point.clientX, y: point.clientY },
      });
      return;
    }
    if (!targetId || (!state.toNode && targetId === state.fromNode.id)) return;
    connect(state.fromNode.id, state.fromHandle.id, targetId);
  }, [connect, flow]);

  const tidyUp = useCallback(async () => {
    const { doc, apply, readOnly } = latest.current;
    if (readOnly) return;
    const sizes = new Map(flow.getNodes().map((node) => [node.id, { width: node.measured?.width ?? 240, height: node.measured?.height ?? 110 }]));
    apply({ type: "layout", positions: await layoutWithElk(doc, sizes) });
    requestAnimationFrame(() => void flow.fitView({ duration: 300, padding: fitViewPadding }));
  }, [flow]);

  const selectAll = useCallback(() => latest.current.selectAfterChange(latest.current.doc.nodes.map((node) => node.id)), []);

  return { addNodeAt, addNodeFromPalette, addNodeAtWire, copy, paste, removeSelection, connect, onConnect, isValidConnection, onConnectEnd, tidyUp, selectAll };
}

const clipboardSchema = z.object({ nodes: z.array(flowNodeSchema), edges: z.array(flowEdgeSchema) });

/** The shared clipboard (another tab or flow may have written it), parsed before use. */
function readClipboard(): ClipboardContent | null {
  try {
    const parsed = clipboardSchema.safeParse(JSON.parse(localStorage.getItem(clipboardKey) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
