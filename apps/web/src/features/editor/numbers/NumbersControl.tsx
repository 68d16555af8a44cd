"use client";

import { useEffect, useRef, useState } from "react";
import { editorButton } from "../shell/buttonStyles";
import { useEditorT } from "../i18n/useEditorT";

type NumberRow = { id: string; e164: string; label: string; routedHere: boolean; otherFlowName: string | null };

/** Which of the tenant's phone numbers ring into this flow; ticking one routes it here at once. */
export function NumbersControl({ flowId, canEdit }: { flowId: string; canEdit: boolean }) {
  const t = useEditorT();
  const [open, setOpen] = useState(false);
  const [numbers, setNumbers] = useState<NumberRow[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const url = `/api/flows/${encodeURIComponent(flowId)}/numbers`;

  useEffect(() => {
    if (!open) return;
    let live = true;
    void fetch(url, { cache: "no-store" }).then(async (response) => {
      if (live) setNumbers(response.ok ? ((await response.json()) as { numbers: NumberRow[] }).numbers : []);
    });
    const close = (event: MouseEvent) => { if (!panel.current?.contains(event.target as Node)) setOpen(false); };
    document.addEventListener("mousedown", close);
    return () => { live = false; document.removeEventListener("mousedown", close); };
  }, [open, url]);

  const route = async (numberId: string, routed: boolean) => {
    setBusy(numberId);
    setFailed(false);
    // Ticked at once; the server's answer (or a failure) then sets the real state.
    const before = numbers;
    setNumbers((rows) => rows?.map((row) => (row.id === numberId ? { ...row, routedHere: routed, otherFlowName: null } : row)) ?? rows);
    const response = await fetch(url, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ numberId, routed }) }).catch(() => null);
    if (response?.ok) setNumbers(((await response.json()) as { numbers: NumberRow[] }).numbers);
    else {
      setNumbers(before);
      setFailed(true);
    }
    setBusy(null);
  };

  const routedCount = numbers?.filter((number) => number.routedHere).length;
  return (
    <div ref={panel} className="relative" onKeyDown={(event) => event.key === "Escape" && setOpen(false)}>
      <button type="button" className={editorButton.ghost} aria-expanded={open} aria-controls="numbers-panel" onClick={() => setOpen(!open)} data-testid="numbers-button">
        {t("numbers.button")}{routedCount ? ` (${routedCount})` : ""}
      </button>
      {open && (
        <div id="numbers-panel" role="group" aria-label={t("numbers.title")} className="absolute right-0 z-30 mt-1 w-80 rounded-xl border border-slate-200 bg-white p-4 shadow-lg">
          <h2 className="text-sm font-semibold text-slate-900">{t("numbers.title")}</h2>
          <p className="mt-1 text-xs leading-4 text-slate-500">{t("numbers.help")}</p>
          {numbers === null && <p className="mt-3 text-sm text-slate-500">{t("history.loading")}</p>}
          {numbers?.length === 0 && <p className="mt-3 text-sm text-slate-600">{t("numbers.none")}</p>}
          <ul className="mt-3 space-y-2">
            {numbers?.map((number) => (
              <li key={number.id}>
                <label className="flex items-start gap-2 text-sm">
                  <input type="checkbox" className="mt-0.5 size-4 accent-teal-700" checked={number.routedHere} disabled={!canEdit || busy !== null}
                    onChange={(event) => void route(number.id, event.target.checked)} />
                  <span>
                    <span className="font-mono text-slate-900">{number.e164}</span>{number.label && <span className="text-slate-500"> · {number.label}</span>}
                    {number.otherFlowName && <span className="block text-xs text-amber-800">{t("numbers.elsewhere", { flow: number.otherFlowName })}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {failed && <p role="alert" className="mt-2 text-xs text-red-700">{t("numbers.failed")}</p>}
        </div>
      )}
    </div>
  );
}
