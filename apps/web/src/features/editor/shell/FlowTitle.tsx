"use client";

import { useRef, useState } from "react";
import { useEditorT } from "../i18n/useEditorT";

type Props = { flowId: string; name: string; canEdit: boolean; onRenamed: (name: string) => void };

/** The flow's name in the toolbar; clicking it (or Enter on it) edits it in place. */
export function FlowTitle({ flowId, name, canEdit, onRenamed }: Props) {
  const t = useEditorT();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const stop = () => {
    setEditing(false);
    setError(null);
    requestAnimationFrame(() => button.current?.focus());
  };
  const save = async () => {
    const next = value.trim();
    if (next === name) return stop();
    if (next === "") return setError(t("title.required"));
    setBusy(true);
    const response = await fetch(`/api/flows/${encodeURIComponent(flowId)}`, {
      method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: next }),
    }).catch(() => null);
    setBusy(false);
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as { error?: { message?: string; issues?: { message: string }[] } } | null;
      return setError(body?.error?.issues?.[0]?.message ?? body?.error?.message ?? t("title.failed"));
    }
    onRenamed(next);
    stop();
  };

  if (!editing) {
    return (
      <h1 className="min-w-0 truncate text-base font-semibold tracking-tight text-slate-900">
        {canEdit ? (
          <button ref={button} type="button" onClick={() => { setValue(name); setEditing(true); }} title={t("title.rename")} data-testid="flow-name-button"
            className="max-w-full truncate rounded px-1 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700">
            <span data-testid="flow-name">{name}</span>
            <span className="sr-only"> — {t("title.rename")}</span>
          </button>
        ) : (
          <span data-testid="flow-name">{name}</span>
        )}
      </h1>
    );
  }
  return (
    <form className="relative flex min-w-0 items-center" onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <label htmlFor="flow-title-input" className="sr-only">{t("title.label")}</label>
      <input id="flow-title-input" autoFocus value={value} maxLength={120} disabled={busy} data-testid="flow-name-input"
        aria-invalid={error ? true : undefined} aria-describedby={error ? "flow-title-error" : undefined}
        onChange={(event) => { setValue(event.target.value); setError(null); }}
        onKeyDown={(event) => { if (event.key === "Escape") { event.preventDefault(); stop(); } }}
        onBlur={() => { if (!error && !busy) void save(); }}
        className="h-8 w-64 rounded-md border border-teal-600 px-2 text-base font-semibold text-slate-900 outline-none ring-1 ring-teal-600" />
      {error && (
        <p id="flow-title-error" role="alert" data-testid="flow-name-error" className="absolute top-full left-0 z-40 mt-1 rounded-md bg-red-700 px-2 py-1 text-xs whitespace-nowrap text-white shadow">
          {error}
        </p>
      )}
    </form>
  );
}
