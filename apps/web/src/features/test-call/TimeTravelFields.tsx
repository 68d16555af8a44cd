"use client";

import { useTestCallT } from "./i18n/useTestCallT";

export type TimeTravel = { date: string; time: string; from: string };

const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus:border-teal-600 focus:ring-1 focus:ring-teal-600 focus:outline-none disabled:bg-slate-100";

/**
 * "As if it were Saturday 24 December at 19:00", from this number: the moment and the caller a
 * test call pretends, so business hours, holidays and caller checks can be tried any day.
 */
export function TimeTravelFields({ value, timezone, disabled, onChange }: { value: TimeTravel; timezone: string; disabled: boolean; onChange: (value: TimeTravel) => void }) {
  const t = useTestCallT();
  return (
    <fieldset className="space-y-2 rounded-lg border border-slate-200 p-3" disabled={disabled} data-testid="test-call-time-travel">
      <legend className="px-1 font-medium text-slate-800">{t("testCall.asIf")}</legend>
      <p className="text-xs text-slate-600">{t("testCall.asIfHelp", { timezone })}</p>
      <div className="flex gap-1.5">
        <label className="min-w-0 flex-1 text-xs text-slate-700">
          {t("testCall.date")}
          <input type="date" value={value.date} onChange={(event) => onChange({ ...value, date: event.target.value })} className={inputClass} data-testid="test-call-date" />
        </label>
        <label className="w-28 text-xs text-slate-700">
          {t("testCall.time")}
          <input type="time" value={value.time} onChange={(event) => onChange({ ...value, time: event.target.value })} className={inputClass} data-testid="test-call-time" />
        </label>
      </div>
      <label className="block text-xs text-slate-700">
        {t("testCall.from")}
        <input type="tel" value={value.from} maxLength={32} onChange={(event) => onChange({ ...value, from: event.target.value })} className={inputClass} data-testid="test-call-from" autoComplete="off" />
      </label>
    </fieldset>
  );
}
