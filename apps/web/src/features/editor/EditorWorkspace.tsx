"use client";

import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { NodeKind } from "@centrala/flow";
import { useReactFlow, type EdgeChange } from "@xyflow/react";
import { exportFlowDocument, type FlowDocument, type FlowNode } from "@centrala/flow";
import { FlowCanvas } from "./canvas/FlowCanvas";
import { Palette } from "./canvas/Palette";
import { ProblemsPanel } from "./canvas/ProblemsPanel";
import { useCanvasCommands, type WireDrop } from "./canvas/useCanvasCommands";
import { StepPicker } from "./canvas/StepPicker";
import { fitViewPadding } from "./canvas/fitViewPadding";
import { useCanvasNodes } from "./canvas/useCanvasNodes";
import { useCullingArea } from "./canvas/useCullingArea";
import { useEditorShortcuts } from "./canvas/useEditorShortcuts";
import { bigFlowEdges, convertDocumentToCanvasEdges } from "./document/convertDocumentToCanvas";
import { filterEdgesNearArea } from "./document/filterEdgesNearArea";
import type { CanvasEdge } from "./document/canvasTypes";
import type { EditorAction } from "./document/editorAction";
import { createHistory, readRedoAction, readUndoAction, reduceHistory } from "./document/historyReducer";
import type { FlowEditorProps } from "./FlowEditorProps";
import { useEditorT } from "./i18n/useEditorT";
import { NumbersControl } from "./numbers/NumbersControl";
import { PropertyPanel } from "./panel/PropertyPanel";
import { ConflictDialog } from "./persistence/ConflictDialog";
import { clearDraftBackup, readDraftBackup, type DraftBackup } from "./persistence/draftBackup";
import { RestoreBanner } from "./persistence/RestoreBanner";
import { useAutosave } from "./persistence/useAutosave";
import { EditorPanels } from "./shell/EditorPanels";
import { EditorToolbar } from "./shell/EditorToolbar";
import { SmallScreenNotice } from "./shell/SmallScreenNotice";
import { EmptyPanel } from "./shell/EmptyPanel";
import { NoticeBar } from "./shell/NoticeBar";
import { useNotice } from "./shell/useNotice";
import { downloadFlowFile } from "./transfer/downloadFlowFile";
import { ImportFlowControl } from "./transfer/ImportFlowControl";
import { useEditorView } from "./useEditorView";
import { useVersionActions } from "./useVersionActions";
import { PublishDialog } from "./versions/PublishDialog";
import { usePublishSummary } from "./versions/usePublishSummary";
import { RollbackDialog } from "./versions/RollbackDialog";
import { VersionBanner } from "./versions/VersionBanner";
import { VersionHistoryPanel } from "./versions/VersionHistoryPanel";

/** Wires the document history, canvas, panels, saving and versions together. */
export function EditorWorkspace(props: FlowEditorProps) {
  const t = useEditorT();
  const flow = useReactFlow();
  const flowId = props.flow.id;
  const [history, send] = useReducer(reduceHistory, props.initialDraft, createHistory);
  const draft = history.present;
  const apply = useCallback((action: EditorAction, mergeKey?: string) => send({ type: "do", action, ...(mergeKey ? { mergeKey } : {}) }), []);
  const { notice, notify, dismiss } = useNotice();
  const autosave = useAutosave(flowId, draft, props.initialRevision, props.canEdit);
  // Errors read "needs setup" (grey) until the person tries to publish; from then on, red.
  const [strict, setStrict] = useState(false);
  const view = useEditorView({ draft, context: props.validationContext, canEdit: props.canEdit, activeNodeId: props.activeNodeId, visitedNodeIds: props.visitedNodeIds, strict });
  const fitSoon = useCallback(() => requestAnimationFrame(() => void flow.fitView({ padding: fitViewPadding, maxZoom: 1, duration: 250 })), [flow]);
  const [flowName, setFlowName] = useState(props.flow.name);
  const [wireDrop, setWireDrop] = useState<WireDrop | null>(null);
  const [focusPanelOf, setFocusPanelOf] = useState<string | null>(null);
  const versions = useVersionActions({
    flowId, initialLive: props.liveVersion?.number ?? null, t, notify, setMode: view.setMode,
    flush: autosave.flush, readRevision: autosave.readRevision, onShown: fitSoon,
  });

  const onMoved = useCallback((positions: Record<string, { x: number; y: number }>) => apply({ type: "moveNodes", positions }), [apply]);
  const { nodes, onNodesChange, selectAfterChange } = useCanvasNodes(view.shown, view.overlay, onMoved);
  const [selectedEdgeIds, setSelectedEdgeIds] = useState<ReadonlySet<string>>(new Set());
  const taken = useMemo(() => (props.takenEdgeIds ? new Set(props.takenEdgeIds) : undefined), [props.takenEdgeIds]);
  const allEdges = useMemo(() => convertDocumentToCanvasEdges(view.shown, { selected: selectedEdgeIds, taken, readOnly: view.readOnly }), [view.shown, selectedEdgeIds, taken, view.readOnly]);
  const cullArea = useCullingArea(view.shown.edges.length > bigFlowEdges);
  const edges = useMemo(() => {
    if (!cullArea) return allEdges;
    return filterEdgesNearArea(view.shown, allEdges, cullArea, new Set([...selectedEdgeIds, ...(taken ?? [])]));
  }, [allEdges, cullArea, view.shown, selectedEdgeIds, taken]);
  const onEdgesChange = useCallback((changes: EdgeChange<CanvasEdge>[]) => setSelectedEdgeIds((previous) => {
    const next = new Set(previous);
    for (const change of changes) if (change.type === "select") (change.selected ? next.add(change.id) : next.delete(change.id));
    return next;
  }), []);

  const wrapper = useRef<HTMLDivElement>(null);
  const commands = useCanvasCommands({
    doc: view.shown, nodes, selectedEdgeIds, readOnly: view.readOnly, apply, selectAfterChange, wrapper,
    refuse: (reason) => notify(t(`refuse.${reason}`), "error"),
    onStartNotDeletable: () => notify(t("refuse.startDelete"), "error"),
    onWireDroppedOnCanvas: setWireDrop,
    onAddedFromKeyboard: setFocusPanelOf,
  });
  useEditorShortcuts({
    undo: () => !view.readOnly && send({ type: "undo" }), redo: () => !view.readOnly && send({ type: "redo" }),
    copy: commands.copy, paste: commands.paste, remove: commands.removeSelection, selectAll: commands.selectAll,
  }, true);

  const [backup, setBackup] = useState<DraftBackup | null>(null);
  useEffect(() => {
    const found = readDraftBackup(flowId);
    if (found && exportFlowDocument(found.document) !== exportFlowDocument(props.initialDraft)) setBackup(found);
    else if (found) clearDraftBackup(flowId);
    // Only the draft the page loaded with decides whether there is something to restore.
  }, [flowId]);

  const { onDraftChange } = props;
  useEffect(() => onDraftChange?.(draft), [draft, onDraftChange]);

  // A refused draft stays unsaved in this browser; the server's reason is shown as it was given.
  useEffect(() => {
    if (autosave.rejection) notify(autosave.rejection, "error");
  }, [autosave.rejection, notify]);

  // The canvas follows a running test call: the step it is in stays in view.
  const followed = useRef<string | null>(null);
  useEffect(() => {
    const id = props.activeNodeId ?? null;
    if (!id || followed.current === id) return;
    followed.current = id;
    const node = flow.getInternalNode(id);
    const rect = wrapper.current?.getBoundingClientRect();
    if (!node || !rect) return;
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? 240;
    const height = node.measured.height ?? 100;
    const topLeft = flow.flowToScreenPosition({ x, y });
    const bottomRight = flow.flowToScreenPosition({ x: x + width, y: y + height });
    const visible = topLeft.x >= rect.left && topLeft.y >= rect.top && bottomRight.x <= rect.right - 230 && bottomRight.y <= rect.bottom - 60;
    if (!visible) void flow.setCenter(x + width / 2, y + height / 2, { zoom: flow.getZoom(), duration: 300 });
  }, [props.activeNodeId, flow]);

  const showNode = useCallback((nodeId: string) => {
    selectAfterChange([nodeId]);
    const node = flow.getInternalNode(nodeId);
    if (!node) return;
    const { x, y } = node.internals.positionAbsolute;
    void flow.setCenter(x + (node.measured.width ?? 240) / 2, y + (node.measured.height ?? 100) / 2, { zoom: Math.max(flow.getZoom(), 0.9), duration: 400 });
  }, [flow, selectAfterChange]);

  const [publishOpen, setPublishOpen] = useState(false);
  const publishSummary = usePublishSummary(flowId, versions.liveNumber, draft, publishOpen);
  const [rollbackNumber, setRollbackNumber] = useState<number | null>(null);
  const replaceDraft = (document: FlowDocument, reason: "import" | "restore" | "version") => {
    view.setMode({ type: "draft" });
    apply({ type: "replace", document, reason });
    fitSoon();
  };

  const selected = nodes.filter((node) => node.selected && !node.data.ghost);
  const selectedNode: FlowNode | undefined = selected.length === 1 ? view.shown.nodes.find((node) => node.id === selected[0]?.id) : undefined;
  const errorCount = view.problems.filter((problem) => problem.severity === "error").length;
  const onPublish = () => {
    setStrict(true);
    if (errorCount === 0) return setPublishOpen(true);
    notify(t("toolbar.publishBlocked", { count: errorCount }), "error");
    document.getElementById("problems-title")?.querySelector("button")?.focus();
  };
  const onPickForWire = (kind: NodeKind) => {
    if (wireDrop) commands.addNodeAtWire(kind, wireDrop);
    setWireDrop(null);
  };
  const wrapperRect = wrapper.current?.getBoundingClientRect();

  const side = props.sidePanel ? props.sidePanel : versions.historyOpen ? (
    <VersionHistoryPanel list={versions.list} viewing={view.mode.type === "draft" ? null : view.mode.number} canEdit={props.canEdit}
      onClose={() => versions.setHistoryOpen(false)} onOpen={(number) => void versions.show(number, "version")}
      onCompare={(number) => void versions.show(number, "compare")} onRollback={setRollbackNumber} />
  ) : selectedNode ? (
    <PropertyPanel
      key={selectedNode.id} node={selectedNode} doc={view.shown} problems={view.problemsByNode.get(selectedNode.id) ?? []} readOnly={view.readOnly}
      strict={strict} focusOnOpen={focusPanelOf === selectedNode.id}
      onChangeData={(data, field) => apply({ type: "updateData", nodeId: selectedNode.id, data }, `${selectedNode.id}:${field}`)}
      onRename={(label) => apply({ type: "rename", nodeId: selectedNode.id, label }, `${selectedNode.id}:label`)}
      onConnect={(port, target) => commands.connect(selectedNode.id, port, target, true)}
      onDisconnect={(edgeId) => apply({ type: "disconnect", edgeIds: [edgeId] })}
      onShareSchedule={(schedule) => apply({ type: "shareSchedule", nodeId: selectedNode.id, schedule })}
      onUpdateSchedule={(scheduleId, change) => apply({ type: "updateSchedule", scheduleId, ...change }, `schedule:${scheduleId}:${Object.keys(change).join(",")}`)}
    />
  ) : (
    <EmptyPanel />
  );

  return (
    <>
    <SmallScreenNotice title={t("small.title")} body={t("small.body")} back={t("small.back")} />
    <div className="hidden h-full min-h-0 flex-col bg-white md:flex" data-testid="editor-workspace">
      <nav aria-label={t("skip.label")} className="contents">
        <a href="#editor-canvas" className={skipLinkClass}>{t("skip.canvas")}</a>
        {!view.readOnly && <a href="#palette-search" className={skipLinkClass}>{t("skip.palette")}</a>}
        <a href="#editor-side" className={skipLinkClass}>{t("skip.side")}</a>
        <a href="#editor-problems" className={skipLinkClass}>{t("skip.problems")}</a>
      </nav>
      <EditorToolbar
        flowId={flowId} flowName={flowName} liveNumber={versions.liveNumber} status={autosave.status}
        undoAction={readUndoAction(history)} redoAction={readRedoAction(history)}
        readOnly={view.readOnly} canEdit={props.canEdit} errorCount={errorCount} strict={strict} checking={view.checking} historyOpen={versions.historyOpen}
        onUndo={() => send({ type: "undo" })} onRedo={() => send({ type: "redo" })} onTidyUp={() => void commands.tidyUp()}
        onExport={() => downloadFlowFile(draft, flowName)} onToggleHistory={() => versions.setHistoryOpen(!versions.historyOpen)}
        onPublish={onPublish} onRenamed={(name) => { setFlowName(name); document.title = document.title.replace(flowName, name); }}
        importControl={<ImportFlowControl disabled={!props.canEdit} onImport={(document) => replaceDraft(document, "import")} />}
        numbersControl={<NumbersControl flowId={flowId} canEdit={props.canEdit} />}
        extra={props.toolbarExtra}
      />
      {backup && (
        <RestoreBanner savedAt={backup.savedAt}
          onRestore={() => { replaceDraft(backup.document, "restore"); setBackup(null); }}
          onDiscard={() => { clearDraftBackup(flowId); setBackup(null); }} />
      )}
      {view.mode.type !== "draft" && (
        <VersionBanner mode={view.mode.type} number={view.mode.number} counts={view.counts} canEdit={props.canEdit}
          onBack={() => { view.setMode({ type: "draft" }); fitSoon(); }}
          onCompare={() => view.mode.type !== "draft" && void versions.show(view.mode.number, "compare")}
          onCopyToDraft={() => view.mode.type !== "draft" && replaceDraft(view.mode.document, "version")} />
      )}
      <EditorPanels
        sideLabel={props.sidePanel ? t("panel.testCallLabel") : t("panel.sideLabel")}
        palette={view.readOnly ? null : <Palette onAdd={commands.addNodeFromPalette} disabled={view.readOnly} />}
        canvas={
          <>
            <div className="relative min-h-0 flex-1">
              <FlowCanvas
                nodes={nodes} edges={edges} readOnly={view.readOnly} wrapper={wrapper}
                onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} onConnect={commands.onConnect} onConnectEnd={commands.onConnectEnd}
                isValidConnection={commands.isValidConnection} onDropKind={commands.addNodeAt}
              />
              {view.shown.nodes.length === 1 && !view.readOnly && (
                <p className="pointer-events-none absolute inset-x-0 top-1/2 mx-auto max-w-sm rounded-xl border border-dashed border-slate-300 bg-white/90 px-5 py-4 text-center text-sm leading-6 text-slate-700" data-testid="start-hint">
                  {t("canvas.startHint")}
                </p>
              )}
              {wireDrop && wrapperRect && (
                <StepPicker at={{ x: Math.min(wireDrop.screen.x - wrapperRect.left, wrapperRect.width - 300), y: Math.min(wireDrop.screen.y - wrapperRect.top, wrapperRect.height - 340) }}
                  onPick={onPickForWire} onClose={() => setWireDrop(null)} />
              )}
              <NoticeBar notice={notice} onDismiss={dismiss} />
            </div>
            <ProblemsPanel problems={view.problems} doc={view.shown} strict={strict} onShow={showNode} />
          </>
        }
        side={side}
      />
      <ConflictDialog conflict={autosave.conflict} onOverwrite={autosave.overwrite} />
      <PublishDialog open={publishOpen} busy={versions.busy} summary={publishSummary} warnings={view.problems.length - errorCount} onCancel={() => setPublishOpen(false)}
        onPublish={(note) => void versions.publish({ note }).then((ok) => ok && setPublishOpen(false))} />
      <RollbackDialog number={rollbackNumber} busy={versions.busy} onCancel={() => setRollbackNumber(null)}
        onConfirm={(number) => void versions.publish({ note: t("history.rollbackNote", { number }), fromVersion: number }).then(() => setRollbackNumber(null))} />
    </div>
    </>
  );
}

const skipLinkClass = "sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-teal-800 focus:shadow-lg focus:outline-2 focus:outline-teal-700";
