"use client";

import type { Notice } from "./useNotice";
import { useEditorT } from "../i18n/useEditorT";

const tones = {
  info: "bg-slate-900 text-white",
  error: "bg-red-700 text-white",
  success: "bg-emerald-700 text-white",
} as const;

/** The live region for short editor messages, floating at the bottom of the canvas. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const t = useEditorT();
  return (
    <div aria-live="polite" role="status" className="pointer-events-none absolute inset-x-0 bottom-16 z-20 flex justify-center px-4">
      {notice && (
        <p key={notice.id} data-testid="editor-notice" className={`pointer-events-auto flex max-w-xl items-center gap-3 rounded-lg px-4 py-2.5 text-sm shadow-lg ${tones[notice.tone]}`}>
          {notice.text}
          <button type="button" onClick={onDismiss} className="rounded px-1 text-white/80 hover:text-white" aria-label={t("common.dismiss")}>✕</button>
        </p>
      )}
    </div>
  );
}
