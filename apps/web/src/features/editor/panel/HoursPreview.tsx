"use client";

import { useState } from "react";
import { evaluateHours, isHolidayOn } from "@centrala/engine";
import { openingHoursSchema, weekdays } from "@centrala/flow";
import { useEditorT } from "../i18n/useEditorT";
import { inputClass } from "./fields/FieldShell";

/**
 * "What would this step do at…": a date and a time on the step's own clock, and the exit a call
 * would take then, decided by the same function the engine runs during calls.
 */
export function HoursPreview({ hours }: { hours: unknown }) {
  const t = useEditorT();
  const [date, setDate] = useState("");
  const [time, setTime] = useState("19:00");
  const parsed = openingHoursSchema.safeParse(hours);
  const clock = readClock(date, time);
  const port = parsed.success && clock ? evaluateHours(parsed.data, clock) : null;
  const holiday = parsed.success && clock && port === "holiday" ? parsed.data.holidays.find((candidate) => isHolidayOn(candidate, clock.date)) : undefined;
  const tones = { open: "bg-emerald-50 text-emerald-900 ring-emerald-200", closed: "bg-slate-100 text-slate-800 ring-slate-300", holiday: "bg-amber-50 text-amber-900 ring-amber-200" };
  return (
    <section aria-labelledby="hours-preview-title" className="space-y-2 rounded-lg border border-slate-200 p-3" data-testid="hours-preview">
      <h3 id="hours-preview-title" className="text-sm font-medium text-slate-800">{t("hoursPreview.title")}</h3>
      <div className="flex gap-1.5">
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} aria-label={t("hoursPreview.date")} className={`${inputClass} w-40`} data-testid="hours-preview-date" />
        <input type="time" value={time} onChange={(event) => setTime(event.target.value)} aria-label={t("hoursPreview.time")} className={`${inputClass} w-28`} data-testid="hours-preview-time" />
      </div>
      <p role="status" aria-live="polite" data-testid="hours-preview-result" data-port={port ?? ""}
        className={`rounded-md px-2.5 py-1.5 text-sm ring-1 ${port ? tones[port] : "bg-white text-slate-600 ring-slate-200"}`}>
        {!clock ? t("hoursPreview.pick")
          : !port ? t("hoursPreview.unreadable")
          : holiday ? t("hoursPreview.holiday", { name: holiday.name || holiday.date })
          : t(`hoursPreview.${port}`)}
      </p>
    </section>
  );
}

/** A wall-clock date and time as the engine reads a zoned clock (the weekday from the date itself). */
function readClock(date: string, time: string) {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const day = new Date(Date.UTC(Number(dateMatch[1]), Number(dateMatch[2]) - 1, Number(dateMatch[3]))).getUTCDay();
  return { date, weekday: weekdays[(day + 6) % 7]!, hour: Number(timeMatch[1]), minute: Number(timeMatch[2]) };
}
