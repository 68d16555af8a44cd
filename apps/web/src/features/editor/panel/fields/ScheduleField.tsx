"use client";

import { useEditorT } from "../../i18n/useEditorT";
import { useScheduleTools } from "../ScheduleContext";
import { FieldShell, inputClass, smallButtonClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";

/** Chooses between the step's own hours and a shared schedule; shares the own hours in one click. */
export function ScheduleField(props: FieldProps) {
  const t = useEditorT();
  const tools = useScheduleTools();
  const current = typeof props.value === "string" && props.value !== "" ? props.value : "";
  const schedule = tools?.schedules.find((candidate) => candidate.id === current);
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name}>
      <select id={props.inputId} value={current} disabled={props.disabled} className={inputClass} data-testid="schedule-select"
        onChange={(event) => props.onChange(event.target.value === "" ? undefined : event.target.value)}>
        <option value="">{t("schedule.own")}</option>
        {tools?.schedules.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>{candidate.name || candidate.id}</option>
        ))}
        {current !== "" && !schedule && <option value={current}>{t("schedule.missing")}</option>}
      </select>
      {schedule && tools && (
        <div className="space-y-1">
          <label htmlFor={`${props.inputId}-name`} className="block text-xs font-medium text-slate-700">{t("schedule.name")}</label>
          <input id={`${props.inputId}-name`} value={schedule.name} maxLength={100} disabled={props.disabled} className={inputClass} data-testid="schedule-name"
            onChange={(event) => tools.rename(schedule.id, event.target.value)} />
          <p className="text-xs leading-4 text-slate-600" data-testid="schedule-usage">{t("schedule.usedBy", { count: tools.usage.get(schedule.id) ?? 0 })}</p>
        </div>
      )}
      {current === "" && tools && (
        <button type="button" className={smallButtonClass} disabled={props.disabled} data-testid="schedule-share"
          onClick={() => tools.share(t("schedule.defaultName", { number: tools.schedules.length + 1 }))}>
          {t("schedule.share")}
        </button>
      )}
    </FieldShell>
  );
}
