"use client";

import { useEditorT } from "../i18n/useEditorT";
import { editorButton } from "../shell/buttonStyles";

/** Says what the canvas shows when it is not the draft: an old version, or a comparison. */
export function VersionBanner({ mode, number, counts, canEdit, onBack, onCompare, onCopyToDraft }: {
  mode: "version" | "compare"; number: number; counts: { added: number; removed: number; changed: number };
  canEdit: boolean; onBack: () => void; onCompare: () => void; onCopyToDraft: () => void;
}) {
  const t = useEditorT();
  return (
    <div role="region" aria-label={t("banner.label")} data-testid="version-banner" className="flex flex-wrap items-center gap-3 border-b border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-950">
      {mode === "version" ? (
        <span>{t("banner.viewing", { number })}</span>
      ) : (
        <span className="flex flex-wrap items-center gap-3">
          {t("banner.comparing", { number })}
          <span className="inline-flex items-center gap-1 text-xs"><span className="size-2.5 rounded-sm border-2 border-emerald-500" />{t("banner.added", { count: counts.added })}</span>
          <span className="inline-flex items-center gap-1 text-xs"><span className="size-2.5 rounded-sm border-2 border-amber-500" />{t("banner.changed", { count: counts.changed })}</span>
          <span className="inline-flex items-center gap-1 text-xs"><span className="size-2.5 rounded-sm border-2 border-dashed border-red-400" />{t("banner.removed", { count: counts.removed })}</span>
        </span>
      )}
      <span className="ml-auto flex gap-2">
        {mode === "version" && <button type="button" className={editorButton.secondary} onClick={onCompare}>{t("history.compare")}</button>}
        {mode === "version" && canEdit && <button type="button" className={editorButton.secondary} onClick={onCopyToDraft}>{t("banner.copyToDraft")}</button>}
        <button type="button" className={editorButton.primary} onClick={onBack} data-testid="back-to-draft">{t("banner.back")}</button>
      </span>
    </div>
  );
}
