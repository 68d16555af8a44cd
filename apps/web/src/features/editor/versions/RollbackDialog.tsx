"use client";

import { EditorDialog } from "../shell/EditorDialog";
import { editorButton } from "../shell/buttonStyles";
import { useEditorT } from "../i18n/useEditorT";

/** Confirms making an old version live again (as a new version; history is never rewritten). */
export function RollbackDialog({ number, busy, onCancel, onConfirm }: {
  number: number | null; busy: boolean; onCancel: () => void; onConfirm: (number: number) => void;
}) {
  const t = useEditorT();
  return (
    <EditorDialog open={number !== null} title={t("rollback.title", { number: number ?? 0 })} onClose={onCancel} testId="rollback-dialog">
      <p className="text-sm leading-6 text-slate-700">{t("rollback.body", { number: number ?? 0 })}</p>
      <div className="flex justify-end gap-2">
        <button type="button" className={editorButton.secondary} onClick={onCancel}>{t("common.cancel")}</button>
        <button type="button" className={editorButton.primary} disabled={busy} onClick={() => number !== null && onConfirm(number)} data-testid="rollback-confirm">
          {t("rollback.confirm", { number: number ?? 0 })}
        </button>
      </div>
    </EditorDialog>
  );
}
