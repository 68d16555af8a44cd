import type { ReactNode } from "react";
import type { FieldMeta } from "@centrala/flow";
import { useEditorT } from "../../i18n/useEditorT";

/** Label, help text and the input, laid out the same for every field. */
export function FieldShell({ inputId, meta, fallbackLabel, children, as = "label" }: {
  inputId: string; meta: FieldMeta | undefined; fallbackLabel: string; children: ReactNode; as?: "label" | "legend";
}) {
  const t = useEditorT();
  const label = meta ? t.pick(meta.label) : fallbackLabel;
  const help = meta ? t.pick(meta.help) : "";
  if (as === "legend") {
    return (
      <fieldset className="space-y-2" aria-describedby={help ? `${inputId}-help` : undefined}>
        <legend className="text-sm font-medium text-slate-800">{label}</legend>
        {help && <p id={`${inputId}-help`} className="-mt-1 text-xs leading-4 text-slate-600">{help}</p>}
        {children}
      </fieldset>
    );
  }
  return (
    <div className="space-y-1.5">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">{label}</label>
      {children}
      {help && <p id={`${inputId}-help`} className="text-xs leading-4 text-slate-600">{help}</p>}
    </div>
  );
}

/** Shared look of text inputs and selects in the panel. */
export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs focus:border-teal-600 focus:ring-1 focus:ring-teal-600 focus:outline-none disabled:bg-slate-100 disabled:text-slate-500";

/** A small secondary button used inside editors (add a row, remove a row). */
export const smallButtonClass =
  "inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50";
