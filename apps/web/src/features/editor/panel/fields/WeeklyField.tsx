"use client";

import { weekdays, type TimeRange, type Weekday } from "@centrala/flow";
import { useEditorT } from "../../i18n/useEditorT";
import { FieldShell, smallButtonClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";
import { TimeRangesInput } from "./TimeRangesInput";

type Weekly = Record<Weekday, TimeRange[]>;

/** The weekly opening hours, a row per day. */
export function WeeklyField(props: FieldProps) {
  const t = useEditorT();
  const weekly = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], ...(props.value as Partial<Weekly> | undefined) } as Weekly;
  const copyMondayToWeekdays = () => props.onChange({ ...weekly, tue: weekly.mon, wed: weekly.mon, thu: weekly.mon, fri: weekly.mon });
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name} as="legend">
      <table className="w-full text-sm">
        <tbody>
          {weekdays.map((day) => (
            <tr key={day} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="w-12 py-1.5 pr-2 text-left align-top text-xs font-medium text-slate-600">{t(`day.${day}`)}</th>
              <td className="py-1">
                <TimeRangesInput ranges={weekly[day]} label={t(`dayLong.${day}`)} disabled={props.disabled} onChange={(ranges) => props.onChange({ ...weekly, [day]: ranges })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className={smallButtonClass} disabled={props.disabled} onClick={copyMondayToWeekdays}>{t("hours.copyMonday")}</button>
    </FieldShell>
  );
}
