"use client";

import type { TimeRange } from "@centrala/flow";
import { useEditorT } from "../../i18n/useEditorT";
import { smallButtonClass } from "./FieldShell";

const timeClass = "rounded-md border border-slate-300 bg-white px-1.5 py-1 text-sm tabular-nums focus:border-teal-600 focus:outline-none";

/** Opening ranges of one day ("09:00 to 17:00"); none means closed. */
export function TimeRangesInput({ ranges, label, disabled, onChange }: {
  ranges: readonly TimeRange[]; label: string; disabled: boolean; onChange: (ranges: TimeRange[]) => void;
}) {
  const t = useEditorT();
  const update = (index: number, change: Partial<TimeRange>) => onChange(ranges.map((range, i) => (i === index ? { ...range, ...change } : range)));
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      {ranges.length === 0 && <span className="text-xs text-slate-500">{t("hours.closed")}</span>}
      {ranges.map((range, index) => (
        <span key={index} className="inline-flex items-center gap-1">
          <input type="time" value={range.from} disabled={disabled} aria-label={t("hours.from", { day: label })} className={timeClass} onChange={(event) => update(index, { from: event.target.value })} />
          <span aria-hidden="true" className="text-slate-400">–</span>
          <input type="time" value={range.to === "24:00" ? "23:59" : range.to} disabled={disabled} aria-label={t("hours.to", { day: label })} className={timeClass} onChange={(event) => update(index, { to: event.target.value })} />
          <button type="button" disabled={disabled} className="rounded px-1 text-slate-400 hover:text-red-700" aria-label={t("hours.removeRange", { day: label })} onClick={() => onChange(ranges.filter((_, i) => i !== index))}>✕</button>
        </span>
      ))}
      <button type="button" disabled={disabled} className={smallButtonClass} aria-label={t("hours.addRange", { day: label })} onClick={() => onChange([...ranges, { from: "09:00", to: "17:00" }])}>+</button>
    </div>
  );
}
