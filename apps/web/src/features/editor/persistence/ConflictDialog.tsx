"use client";

import { useFormatter } from "next-intl";
import { EditorDialog } from "../shell/EditorDialog";
import { editorButton } from "../shell/buttonStyles";
import { useEditorT } from "../i18n/useEditorT";
import type { Conflict } from "./useAutosave";

/** Someone else (or another tab) saved this flow: reload their version, or keep mine on top. */
export function ConflictDialog({ conflict, onOverwrite }: { conflict: Conflict | null; onOverwrite: () => void }) {
  const t = useEditorT();
  const format = useFormatter();
  const when = conflict?.updatedAt ? format.dateTime(new Date(conflict.updatedAt), "time") : "";
  return (
    <EditorDialog open={conflict !== null} title={t("conflict.title")} onClose={() => undefined} testId="conflict-dialog">
      <p className="text-sm leading-6 text-slate-700">{t("conflict.body")}</p>
      {when && <p className="text-xs text-slate-500">{t("conflict.when", { time: when })}</p>}
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" className={editorButton.secondary} onClick={onOverwrite} data-testid="conflict-overwrite">{t("conflict.keepMine")}</button>
        <button type="button" className={editorButton.primary} onClick={() => window.location.reload()} data-testid="conflict-reload">{t("conflict.reload")}</button>
      </div>
    </EditorDialog>
  );
}
