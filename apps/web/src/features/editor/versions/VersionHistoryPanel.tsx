"use client";

import { useFormatter } from "next-intl";
import { useEditorT } from "../i18n/useEditorT";
import { editorButton } from "../shell/buttonStyles";
import type { VersionList } from "./versionRequests";

/** Published versions: number, note, who and when, with open / compare / roll back. */
export function VersionHistoryPanel({ list, viewing, canEdit, onClose, onOpen, onCompare, onRollback }: {
  list: VersionList | null; viewing: number | null; canEdit: boolean; onClose: () => void;
  onOpen: (number: number) => void; onCompare: (number: number) => void; onRollback: (number: number) => void;
}) {
  const t = useEditorT();
  const format = useFormatter();
  return (
    <section aria-labelledby="history-title" className="flex h-full flex-col" data-testid="version-history">
      <header className="flex items-center justify-between border-b border-slate-200 px-4 py-3">
        <h2 id="history-title" className="text-sm font-semibold text-slate-900">{t("history.title")}</h2>
        <button type="button" className={editorButton.ghost} onClick={onClose} aria-label={t("history.close")}>✕</button>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto">
        {!list && <p className="px-4 py-6 text-sm text-slate-500">{t("history.loading")}</p>}
        {list && list.versions.length === 0 && <p className="px-4 py-6 text-sm leading-6 text-slate-500">{t("history.empty")}</p>}
        <ol className="divide-y divide-slate-100">
          {list?.versions.map((version) => {
            const live = version.number === list.liveNumber;
            return (
              <li key={version.number} className={`space-y-2 px-4 py-3 ${viewing === version.number ? "bg-sky-50" : ""}`} data-testid={`version-${version.number}`}>
                <div className="flex items-center gap-2">
                  <span className="text-sm font-semibold text-slate-900">{t("history.version", { number: version.number })}</span>
                  {live && <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">{t("history.live")}</span>}
                </div>
                <p className="text-sm leading-5 text-slate-700">{version.note || <span className="text-slate-400 italic">{t("history.noNote")}</span>}</p>
                <p className="text-xs text-slate-500">{t("history.by", { who: version.publishedBy ?? t("history.someone"), when: format.dateTime(new Date(version.publishedAt), "dateTime") })}</p>
                <div className="flex flex-wrap gap-1.5">
                  <button type="button" className={editorButton.secondary} onClick={() => onOpen(version.number)}>{t("history.open")}</button>
                  <button type="button" className={editorButton.secondary} onClick={() => onCompare(version.number)}>{t("history.compare")}</button>
                  {canEdit && !live && (
                    <button type="button" className={editorButton.secondary} onClick={() => onRollback(version.number)} data-testid={`rollback-${version.number}`}>{t("history.rollback")}</button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
