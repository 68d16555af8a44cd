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
  refused: { dot: "bg-red-600", key: "save.refused" },
};

/** "Saved / Saving… / Couldn't save — retrying", always visible in the toolbar. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const t = useEditorT();
  const look = looks[status];
  return (
    // A fixed width: the longest message fits, so nothing beside it moves as the state changes.
    <p role="status" aria-live="polite" data-testid="save-status" data-status={status} title={t(look.key)}
      className="flex w-48 shrink-0 items-center gap-1.5 truncate text-xs whitespace-nowrap text-slate-700">
      <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${look.dot}`} />
      <span className="truncate">{t(look.key)}</span>
    </p>
  );
}
