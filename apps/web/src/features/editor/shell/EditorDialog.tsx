"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** A modal built on <dialog>: focus stays inside, Escape closes, the page behind is inert. */
export function EditorDialog({ open, title, onClose, children, testId }: {
  open: boolean; title: string; onClose: () => void; children: ReactNode; testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${testId ?? "dialog"}-title`}
      onClose={onClose}
      onCancel={(event) => { event.preventDefault(); onClose(); }}
      data-testid={testId}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      {open && (
        <div className="space-y-4 p-6">
          <h2 id={`${testId ?? "dialog"}-title`} className="text-base font-semibold">{title}</h2>
          {children}
        </div>
      )}
    </dialog>
  );
}
