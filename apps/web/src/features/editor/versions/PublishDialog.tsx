"use client";

import { useState } from "react";
import { EditorDialog } from "../shell/EditorDialog";
import { editorButton } from "../shell/buttonStyles";
import { inputClass } from "../panel/fields/FieldShell";
import { useEditorT } from "../i18n/useEditorT";
import type { PublishSummary } from "./usePublishSummary";

const markLooks = { added: "border-emerald-500", changed: "border-amber-500", removed: "border-dashed border-red-400" } as const;

/** Asks what changed before a version goes live, so the history reads like a logbook. */
export function PublishDialog({ open, warnings, busy, summary, onCancel, onPublish }: {
  open: boolean; warnings: number; busy: boolean; summary: PublishSummary | null; onCancel: () => void; onPublish: (note: string) => void;
}) {
  const t = useEditorT();
  const [note, setNote] = useState("");
  return (
    <EditorDialog open={open} title={t("publish.title")} onClose={onCancel} testId="publish-dialog">
      <p className="text-sm leading-6 text-slate-700">{t("publish.body")}</p>
      {summary && (
        <div className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm" data-testid="publish-summary">
          <p className="font-medium text-slate-800">
            {summary.changes.length === 0 ? t("publish.noChanges", { number: summary.liveNumber }) : t("publish.changes", { number: summary.liveNumber })}
          </p>
          <ul className="mt-1 max-h-32 space-y-0.5 overflow-y-auto">
            {summary.changes.map((change, index) => (
              <li key={index} className="flex items-center gap-2 text-slate-700">
                <span aria-hidden="true" className={`size-2.5 rounded-sm border-2 ${markLooks[change.mark]}`} />
                {t(`publishMark.${change.mark}`, { name: typeof change.name === "string" ? change.name : t.pick(change.name) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {warnings > 0 && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("publish.warnings", { count: warnings })}</p>}
      <form
        className="space-y-4"
        onSubmit={(event) => { event.preventDefault(); onPublish(note.trim()); setNote(""); }}
      >
        <div className="space-y-1.5">
          <label htmlFor="publish-note" className="block text-sm font-medium text-slate-800">{t("publish.note")}</label>
          <textarea id="publish-note" rows={3} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} placeholder={t("publish.notePlaceholder")} className={inputClass} />
        </div>
        <div className="flex justify-end gap-2">
          <button type="button" className={editorButton.secondary} onClick={onCancel}>{t("common.cancel")}</button>
          <button type="submit" className={editorButton.primary} disabled={busy} data-testid="publish-confirm">{busy ? t("publish.busy") : t("publish.confirm")}</button>
        </div>
      </form>
    </EditorDialog>
  );
}
