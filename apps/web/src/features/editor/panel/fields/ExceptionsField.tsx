"use client";

import type { TimeRange } from "@centrala/flow";
import { useEditorT } from "../../i18n/useEditorT";
import { FieldShell, inputClass, smallButtonClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";
import { TimeRangesInput } from "./TimeRangesInput";

type Exception = { date: string; ranges: TimeRange[] };

/** Single days with different hours (shorter, longer, or closed when no hours are given). */
export function ExceptionsField(props: FieldProps) {
  const t = useEditorT();
  const exceptions = Array.isArray(props.value) ? (props.value as Exception[]) : [];
  const update = (index: number, change: Partial<Exception>) => props.onChange(exceptions.map((item, i) => (i === index ? { ...item, ...change } : item)));
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name} as="legend">
      <ul className="space-y-2">
        {exceptions.map((exception, index) => (
          <li key={index} className="space-y-1 rounded-md border border-slate-200 p-2">
            <div className="flex items-center gap-1.5">
              <input type="date" value={exception.date} disabled={props.disabled} aria-label={t("hours.exceptionDate")} className={`${inputClass} w-36`} onChange={(event) => update(index, { date: event.target.value })} />
              <button type="button" disabled={props.disabled} className="ml-auto rounded px-1 text-slate-400 hover:text-red-700" aria-label={t("hours.removeException", { date: exception.date })} onClick={() => props.onChange(exceptions.filter((_, i) => i !== index))}>✕</button>
            </div>
            <TimeRangesInput ranges={exception.ranges} label={exception.date} disabled={props.disabled} onChange={(ranges) => update(index, { ranges })} />
          </li>
        ))}
      </ul>
      <button type="button" className={smallButtonClass} disabled={props.disabled} onClick={() => props.onChange([...exceptions, { date: `${new Date().getFullYear()}-12-24`, ranges: [{ from: "09:00", to: "13:00" }] }])}>
        {t("hours.addException")}
      </button>
    </FieldShell>
  );
}
