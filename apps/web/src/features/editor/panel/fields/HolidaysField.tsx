"use client";

import type { Holiday } from "@centrala/flow";
import { useEditorT } from "../../i18n/useEditorT";
import { FieldShell, inputClass, smallButtonClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";
import { listPolishHolidays } from "./listPolishHolidays";

/**
 * Days the office is closed for a holiday: one day or a range (24–26 December), once or every
 * year, with a one-click list of Poland's public holidays.
 */
export function HolidaysField(props: FieldProps) {
  const t = useEditorT();
  const holidays = Array.isArray(props.value) ? (props.value as Holiday[]) : [];
  const year = new Date().getFullYear();
  const addPublicHolidays = (forYear: number) => {
    const known = new Set(holidays.map((holiday) => holiday.date));
    const added = listPolishHolidays(forYear).filter((holiday) => !known.has(holiday.date)).map((holiday) => ({ date: holiday.date, name: t.pick(holiday.name) }));
    props.onChange([...holidays, ...added].sort((a, b) => a.date.localeCompare(b.date)));
  };
  const update = (index: number, change: Partial<Holiday>) => props.onChange(holidays.map((holiday, i) => {
    if (i !== index) return holiday;
    const next = { ...holiday, ...change };
    // An empty "until" or an unticked "every year" leaves the stored holiday as plain as before.
    if (!next.endDate) delete next.endDate;
    if (!next.yearly) delete next.yearly;
    return next;
  }));
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name} as="legend">
      <ul className="space-y-2">
        {holidays.map((holiday, index) => (
          <li key={index} className="space-y-1.5 rounded-md border border-slate-200 p-2" data-testid="holiday-row">
            <div className="flex items-center gap-1.5">
              <input value={holiday.name} disabled={props.disabled} aria-label={t("hours.holidayName")} placeholder={t("hours.holidayName")} className={inputClass} onChange={(event) => update(index, { name: event.target.value })} />
              <button type="button" disabled={props.disabled} className="rounded px-1 text-slate-500 hover:text-red-700" aria-label={t("hours.removeHoliday", { date: holiday.date })} onClick={() => props.onChange(holidays.filter((_, i) => i !== index))}>✕</button>
            </div>
            <div className="flex flex-wrap items-center gap-1.5 text-xs text-slate-700">
              <input type="date" value={holiday.date} disabled={props.disabled} aria-label={t("hours.holidayDate")} className={`${inputClass} w-36`} onChange={(event) => update(index, { date: event.target.value })} />
              <span aria-hidden="true">–</span>
              <input type="date" value={holiday.endDate ?? ""} min={holiday.date} disabled={props.disabled} aria-label={t("hours.holidayUntil")} className={`${inputClass} w-36`} onChange={(event) => update(index, { endDate: event.target.value })} />
              <label className="flex items-center gap-1">
                <input type="checkbox" checked={holiday.yearly ?? false} disabled={props.disabled} onChange={(event) => update(index, { yearly: event.target.checked })} />
                {t("hours.holidayYearly")}
              </label>
            </div>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-1.5">
        <button type="button" className={smallButtonClass} disabled={props.disabled} onClick={() => props.onChange([...holidays, { date: `${year}-12-31`, name: "" }])}>{t("hours.addHoliday")}</button>
        <button type="button" className={smallButtonClass} disabled={props.disabled} onClick={() => addPublicHolidays(year)}>{t("hours.addPublicHolidays", { year })}</button>
        <button type="button" className={smallButtonClass} disabled={props.disabled} onClick={() => addPublicHolidays(year + 1)}>{t("hours.addPublicHolidays", { year: year + 1 })}</button>
      </div>
    </FieldShell>
  );
}
