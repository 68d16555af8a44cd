"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { currentFlowVersion, validateFlow, type FlowDocument, type Problem, type ValidationContext } from "@centrala/flow";
import { diffDocuments } from "./document/diffDocuments";
import type { CanvasOverlay } from "./document/canvasTypes";

/** What the canvas shows: the draft, an old version (read-only), or the draft compared with one. */
export type ViewMode =
  | { type: "draft" }
  | { type: "version"; number: number; document: FlowDocument }
  | { type: "compare"; number: number; document: FlowDocument };

type Inputs = {
  draft: FlowDocument;
  context: ValidationContext;
  canEdit: boolean;
  activeNodeId?: string | null | undefined;
  visitedNodeIds?: string[] | undefined;
  /** Publishing was tried (errors show red from then on). */
  strict: boolean;
};

/** Derives the shown document, its problems (validated by @centrala/flow) and the canvas overlays. */
export function useEditorView({ draft, context, canEdit, activeNodeId, visitedNodeIds, strict }: Inputs) {
  const [mode, setMode] = useState<ViewMode>({ type: "draft" });
  const shown = mode.type === "version" ? mode.document : draft;
  const readOnly = !canEdit || mode.type === "version";
  // Validation of a big flow takes a few milliseconds: typing stays ahead of it, and the first
  // paint of a big flow does not wait for it (problems appear a moment later).
  const deferred = useDeferredValue(shown, draft.nodes.length > bigFlow ? emptyDocument : shown);
  const problems = useMemo(() => (deferred === emptyDocument ? [] : validateFlow(deferred, context)), [deferred, context]);
  /** True while the problems shown are not yet those of the document shown. */
  const checking = deferred !== shown;
  const problemsByNode = useMemo(() => groupByNode(problems), [problems]);
  const diff = useMemo(() => (mode.type === "compare" ? diffDocuments(mode.document, draft) : undefined), [mode, draft]);
  const visited = useMemo(() => (visitedNodeIds ? new Set(visitedNodeIds) : undefined), [visitedNodeIds]);
  const overlay = useMemo<CanvasOverlay>(
    () => ({ problems: problemsByNode, diff, activeNodeId, visited, readOnly, strict }),
    [problemsByNode, diff, activeNodeId, visited, readOnly, strict],
  );
  const counts = useMemo(() => countMarks(diff?.marks), [diff]);
  return { mode, setMode, shown, readOnly, problems, problemsByNode, overlay, counts, checking };
}

const bigFlow = 200;
const emptyDocument: FlowDocument = { version: currentFlowVersion, nodes: [], edges: [] };

function groupByNode(problems: readonly Problem[]): Map<string, Problem[]> {
  const byNode = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (problem.nodeId) byNode.set(problem.nodeId, [...(byNode.get(problem.nodeId) ?? []), problem]);
  }
  return byNode;
}

function countMarks(marks: ReadonlyMap<string, string> | undefined) {
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const mark of marks?.values() ?? []) counts[mark as keyof typeof counts] += 1;
  return counts;
}
