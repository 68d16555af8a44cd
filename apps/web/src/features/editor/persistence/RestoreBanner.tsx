"use client";

import { useFormatter } from "next-intl";
import { editorButton } from "../shell/buttonStyles";
import { useEditorT } from "../i18n/useEditorT";

/** Offers changes that never reached the server (closed tab, lost connection) back to the person. */
export function RestoreBanner({ savedAt, onRestore, onDiscard }: { savedAt: string; onRestore: () => void; onDiscard: () => void }) {
  const t = useEditorT();
  const format = useFormatter();
  const when = savedAt ? format.dateTime(new Date(savedAt), "dateTime") : "";
  return (
    <div role="alert" data-testid="restore-banner" className="flex flex-wrap items-center gap-3 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
      <span>{t("restore.body", { time: when })}</span>
      <span className="ml-auto flex gap-2">
        <button type="button" className={editorButton.secondary} onClick={onDiscard}>{t("restore.discard")}</button>
        <button type="button" className={editorButton.primary} onClick={onRestore} data-testid="restore-apply">{t("restore.apply")}</button>
      </span>
    </div>
  );
}
