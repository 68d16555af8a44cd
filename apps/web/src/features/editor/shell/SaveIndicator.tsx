"use client";

import type { SaveStatus } from "../persistence/useAutosave";
import { useEditorT } from "../i18n/useEditorT";

const looks: Record<SaveStatus, { dot: string; key: `save.${SaveStatus}` }> = {
  saved: { dot: "bg-emerald-500", key: "save.saved" },
  pending: { dot: "bg-slate-400", key: "save.pending" },
  saving: { dot: "bg-sky-500 animate-pulse", key: "save.saving" },
  retrying: { dot: "bg-amber-500", key: "save.retrying" },
  conflict: { dot: "bg-red-600", key: "save.conflict" },
  rejected: { dot: "bg-red-600", key: "save.rejected" },
};

/** "Saved / Saving… / Couldn't save — retrying", always visible in the toolbar. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const t = useEditorT();
  const look = looks[status];
  return (
    <p role="status" aria-live="polite" data-testid="save-status" data-status={status} className="flex items-center gap-1.5 text-xs whitespace-nowrap text-slate-600">
      <span aria-hidden="true" className={`size-2 rounded-full ${look.dot}`} />
      {t(look.key)}
    </p>
  );
}
