"use client";

import { useCallback, useRef, useState } from "react";
import { applyNodeChanges, type NodeChange } from "@xyflow/react";
import type { FlowDocument } from "@centrala/flow";
import { convertDocumentToCanvasNodes } from "../document/convertDocumentToCanvas";
import type { CanvasNode, CanvasOverlay } from "../document/canvasTypes";

type Synced = { doc: FlowDocument; overlay: CanvasOverlay; nodes: CanvasNode[] };

/**
 * React Flow's nodes, derived from the document and overlays. React Flow's own ephemeral state
 * (selection, measured size, a drag in progress) lives here and never enters undo history.
 */
export function useCanvasNodes(doc: FlowDocument, overlay: CanvasOverlay, onMoved: (positions: Record<string, { x: number; y: number }>) => void) {
  const [synced, setSynced] = useState<Synced>(() => ({ doc, overlay, nodes: convertDocumentToCanvasNodes([], doc, overlay) }));
  const latestOnMoved = useRef(onMoved);
  latestOnMoved.current = onMoved;
  const [pendingSelection, setPendingSelection] = useState<ReadonlySet<string> | null>(null);

  let current = synced;
  if (synced.doc !== doc || synced.overlay !== overlay || pendingSelection) {
    // Deriving during render (not in an effect) avoids drawing one frame of stale nodes.
    let nodes = convertDocumentToCanvasNodes(synced.nodes, doc, overlay);
    if (pendingSelection) nodes = nodes.map((node) => selectNode(node, pendingSelection.has(node.id)));
    current = { doc, overlay, nodes };
    setSynced(current);
    if (pendingSelection) setPendingSelection(null);
  }

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    // Deleting goes through the editor's own action (so it is undoable and spares the start step).
    const kept = changes.filter((change) => change.type !== "remove" && change.type !== "add" && change.type !== "replace");
    if (kept.length === 0) return;
    setSynced((state) => ({ ...state, nodes: applyNodeChanges(kept, state.nodes) }));
    // A finished move (end of a mouse drag, or a step moved with the arrow keys) enters the document.
    const moved = kept.flatMap((change) => (change.type === "position" && change.position && !change.dragging ? [[change.id, change.position] as const] : []));
    if (moved.length > 0) latestOnMoved.current(Object.fromEntries(moved));
  }, []);

  /** Selects exactly these nodes once the next document change has been drawn (after paste, add). */
  const selectAfterChange = useCallback((ids: readonly string[]) => setPendingSelection(new Set(ids)), []);

  return { nodes: current.nodes, onNodesChange, selectAfterChange };
}

function selectNode(node: CanvasNode, selected: boolean): CanvasNode {
  return node.selected === selected ? node : { ...node, selected };
}
