"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import type { EditorActionType } from "../document/editorAction";
import type { SaveStatus } from "../persistence/useAutosave";
import { useEditorT } from "../i18n/useEditorT";
import { editorButton } from "./buttonStyles";
import { FlowTitle } from "./FlowTitle";
import { SaveIndicator } from "./SaveIndicator";

type Props = {
  flowId: string;
  flowName: string;
  liveNumber: number | null;
  status: SaveStatus;
  undoAction: EditorActionType | undefined;
  redoAction: EditorActionType | undefined;
  readOnly: boolean;
  canEdit: boolean;
  errorCount: number;
  /** Publishing was tried: the count of errors is said in red next to Publish. */
  strict: boolean;
  /** Validation has not caught up with the latest change yet. */
  checking: boolean;
  historyOpen: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onTidyUp: () => void;
  onExport: () => void;
  onToggleHistory: () => void;
  onPublish: () => void;
  onRenamed: (name: string) => void;
  importControl: ReactNode;
  numbersControl: ReactNode;
  extra?: ReactNode;
};

/**
 * Flow name and state, saving, undo/redo, layout, import/export, numbers, history and publish.
 * One row of fixed height whatever the save state says, so the canvas never jumps.
 */
export function EditorToolbar(props: Props) {
  const t = useEditorT();
  const publishBlocked = props.errorCount > 0;
  return (
    <div role="toolbar" aria-label={t("toolbar.label")} data-testid="editor-toolbar"
      className="flex h-14 shrink-0 flex-nowrap items-center gap-3 overflow-x-auto overflow-y-hidden border-b border-slate-200 bg-white px-4 whitespace-nowrap">
      <div className="flex min-w-0 flex-1 items-center gap-3">
        <Link href="/flows" className="rounded px-1 text-sm font-medium text-slate-600 hover:text-teal-800" aria-label={t("toolbar.allFlows")} title={t("toolbar.allFlows")}>
          <span aria-hidden="true">←</span>
        </Link>
        <FlowTitle flowId={props.flowId} name={props.flowName} canEdit={props.canEdit} onRenamed={props.onRenamed} />
        <span data-testid="live-badge" className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ${props.liveNumber ? "bg-emerald-100 text-emerald-800" : "bg-slate-100 text-slate-700"}`}>
          {props.liveNumber ? t("toolbar.live", { number: props.liveNumber }) : t("toolbar.notLive")}
        </span>
        <SaveIndicator status={props.status} />
        <Link href={`/flows/${props.flowId}/settings`} className="shrink-0 rounded text-xs font-medium text-slate-600 hover:text-teal-800 hover:underline" data-testid="flow-settings-link">
          {t("toolbar.settings")}
        </Link>
      </div>
      <div className="flex shrink-0 flex-nowrap items-center gap-1">
        <button type="button" className={editorButton.ghost} disabled={props.readOnly || !props.undoAction} onClick={props.onUndo}
          aria-label={props.undoAction ? t("toolbar.undoAction", { action: t(`action.${props.undoAction}`) }) : t("toolbar.undo")}
          title={`${t("toolbar.undo")} (Ctrl+Z)`} data-testid="undo">
          <span aria-hidden="true" className="text-base leading-none">↶</span>
        </button>
        <button type="button" className={editorButton.ghost} disabled={props.readOnly || !props.redoAction} onClick={props.onRedo}
          aria-label={props.redoAction ? t("toolbar.redoAction", { action: t(`action.${props.redoAction}`) }) : t("toolbar.redo")}
          title={`${t("toolbar.redo")} (Ctrl+Shift+Z)`} data-testid="redo">
          <span aria-hidden="true" className="text-base leading-none">↷</span>
        </button>
        <span aria-hidden="true" className="mx-1 h-5 w-px bg-slate-200" />
        <button type="button" className={editorButton.ghost} disabled={props.readOnly} onClick={props.onTidyUp} data-testid="tidy-up">{t("toolbar.tidyUp")}</button>
        {props.importControl}
        <button type="button" className={editorButton.ghost} onClick={props.onExport} data-testid="export-button">{t("toolbar.export")}</button>
        {props.numbersControl}
        <button type="button" className={editorButton.ghost} aria-pressed={props.historyOpen} onClick={props.onToggleHistory} data-testid="history-button">{t("toolbar.history")}</button>
        {props.extra}
        {props.canEdit && (
          <span className="ml-1 flex items-center gap-2">
            {publishBlocked && props.strict && <span id="publish-reason" className="text-xs text-red-700" data-testid="publish-reason">{t("toolbar.publishBlocked", { count: props.errorCount })}</span>}
            {/* Never disabled for unfinished steps: pressing it is how one learns what is left to fix. */}
            <button type="button" className={editorButton.primary} disabled={props.checking} onClick={props.onPublish}
              aria-describedby={publishBlocked && props.strict ? "publish-reason" : undefined} data-testid="publish-button" data-blocked={publishBlocked}>
              {t("toolbar.publish")}
            </button>
          </span>
        )}
      </div>
    </div>
  );
}
