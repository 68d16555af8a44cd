import { z } from "zod";
import { field, readFieldMeta } from "../schema/field";
import { timeRangeSchema, isTimeRangeOrdered, weekdays, type TimeRange, type Weekday } from "../schema/timeRange";
import { calendarDateSchema, isRealCalendarDate } from "../schema/calendarDate";
import type { Localized } from "../schema/localized";
import type { Problem } from "../validate/problem";
import type { FlowSchedule } from "../schedules/flowSchedule";
import { defineNode, listNoVariables, type NodeCheckContext } from "./definition";
import { createPort, portLabels } from "./ports";

const dayRanges = () => z.array(timeRangeSchema).max(10).default([]);

/** A holiday: one day (`date`), or the days from `date` to `endDate`; `yearly` repeats it every year on the same dates. */
export const holidaySchema = z.object({
  date: calendarDateSchema,
  endDate: calendarDateSchema.optional(),
  name: z.string().max(100),
  yearly: z.boolean().optional(),
});
export type Holiday = z.infer<typeof holidaySchema>;

export const weeklyScheduleSchema = z.object({
  mon: dayRanges(), tue: dayRanges(), wed: dayRanges(), thu: dayRanges(),
  fri: dayRanges(), sat: dayRanges(), sun: dayRanges(),
});

/** Opening hours: a step's own, or a shared schedule's (`FlowSchedule.hours`). */
export const openingHoursSchema = z.object({
  timezone: field(z.string().min(1).max(64).optional(), { en: "Time zone", pl: "Strefa czasowa" }, {
    en: "Leave empty to use your company's time zone.", pl: "Zostaw puste, aby użyć strefy czasowej firmy.",
  }),
  weekly: field(weeklyScheduleSchema, { en: "Opening hours", pl: "Godziny otwarcia" }, {
    en: "Opening times for each day of the week; a day with none is closed.",
    pl: "Godziny otwarcia w każdym dniu tygodnia; dzień bez godzin jest zamknięty.",
  }),
  holidays: field(z.array(holidaySchema).max(100).default([]),
    { en: "Holidays", pl: "Święta" }, {
      en: "Days when calls take the holiday exit: one day or a range (24–26 December), once or every year.",
      pl: "Dni, w których połączenia idą wyjściem „Święto”: jeden dzień lub kilka (24–26 grudnia), raz lub co roku.",
    }),
  exceptions: field(z.array(z.object({ date: calendarDateSchema, ranges: z.array(timeRangeSchema).max(10) })).max(100).default([]),
    { en: "Special days", pl: "Dni nietypowe" }, {
      en: "Days with different hours; a day with no hours is closed.",
      pl: "Dni z innymi godzinami; dzień bez godzin jest zamknięty.",
    }),
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const hoursDataSchema = z.object({
  scheduleId: field(z.string().max(64).optional(), { en: "Shared schedule", pl: "Wspólny harmonogram" }, {
    en: "Use hours defined once for several steps; change them once and every step that uses them follows.",
    pl: "Użyj godzin zdefiniowanych raz dla kilku kroków; zmień je raz, a każdy krok, który z nich korzysta, się dostosuje.",
  }),
  ...openingHoursSchema.shape,
});
export type HoursData = z.infer<typeof hoursDataSchema>;

const dayNames: Record<Weekday, Localized> = {
  mon: { en: "Monday", pl: "poniedziałek" }, tue: { en: "Tuesday", pl: "wtorek" },
  wed: { en: "Wednesday", pl: "środa" }, thu: { en: "Thursday", pl: "czwartek" },
  fri: { en: "Friday", pl: "piątek" }, sat: { en: "Saturday", pl: "sobota" }, sun: { en: "Sunday", pl: "niedziela" },
};

function validateRanges(ranges: readonly TimeRange[], day: Localized, ctx: NodeCheckContext): Problem[] {
  return ranges.filter((range) => !isTimeRangeOrdered(range))
    .map((range) => ctx.report("FLOW046", { day, from: range.from, to: range.to }));
}

// Building a formatter is slow enough to matter in a flow with many hours nodes.
const timezoneCache = new Map<string, boolean>();

function isKnownTimezone(timezone: string): boolean {
  const cached = timezoneCache.get(timezone);
  if (cached !== undefined) return cached;
  let known = true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: timezone });
  } catch {
    known = false;
  }
  if (timezoneCache.size < 1000) timezoneCache.set(timezone, known);
  return known;
}

function validateHours(data: OpeningHours, ctx: NodeCheckContext): Problem[] {
  const dates = [
    ...data.holidays.flatMap((holiday) => (holiday.endDate === undefined ? [holiday.date] : [holiday.date, holiday.endDate])),
    ...data.exceptions.map((exception) => exception.date),
  ];
  const backwards = data.holidays.filter((holiday) => holiday.endDate !== undefined && holiday.endDate < holiday.date);
  return [
    ...backwards.map((holiday) => ctx.report("FLOW065", { name: holiday.name || holiday.date, from: holiday.date, to: holiday.endDate ?? holiday.date })),
    ...(data.timezone !== undefined && !isKnownTimezone(data.timezone) ? [ctx.report("FLOW048", { timezone: data.timezone })] : []),
    ...weekdays.flatMap((day) => validateRanges(data.weekly[day], dayNames[day], ctx)),
    ...data.exceptions.flatMap((exception) => validateRanges(exception.ranges, { en: exception.date, pl: exception.date }, ctx)),
    ...[...new Set(dates)].filter((date) => !isRealCalendarDate(date)).map((date) => ctx.report("FLOW049", { date })),
  ];
}

/** Routes by the tenant's opening hours, holidays and special days (time comes from the call). */
export const hours = defineNode({
  kind: "hours",
  labels: { en: "Business hours", pl: "Godziny pracy" },
  description: { en: "Sends calls one way when open and another when closed.", pl: "Kieruje połączenia inaczej w godzinach pracy, a inaczej poza nimi." },
  icon: "clock",
  schema: hoursDataSchema,
  defaultData: () => {
    const workday = [{ from: "09:00", to: "17:00" }];
    return { weekly: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: [], sun: [] }, holidays: [], exceptions: [] };
  },
  ports: () => [
    createPort("open", portLabels.open, true),
    createPort("closed", portLabels.closed, true, { missingCode: "FLOW033" }),
    // Optional: the engine sends holiday calls to "closed" when this exit is not connected.
    createPort("holiday", portLabels.holiday, false),
  ],
  validate: (node, ctx) => {
    if (!node.data.scheduleId) return validateHours(node.data, ctx);
    const schedule = readSharedHours(node.data.scheduleId, ctx.schedules);
    if (schedule === "missing") return [ctx.report("FLOW066", {})];
    if (!schedule.ok) return schedule.problems.map((problem) => ctx.report("FLOW067", { schedule: schedule.name, field: problem }));
    return validateHours(schedule.hours, ctx);
  },
  // The IR holds the hours the step uses, so the engine never looks a schedule up.
  compile: (node, ctx): OpeningHours => {
    const { scheduleId: _scheduleId, ...own } = node.data;
    const shared = node.data.scheduleId ? readSharedHours(node.data.scheduleId, ctx.schedules) : "missing";
    return shared !== "missing" && shared.ok ? shared.hours : own;
  },
  waitsForCaller: () => false,
  listReadVariables: listNoVariables,
  listSetVariables: listNoVariables,
});

type SharedHours = { ok: true; hours: OpeningHours } | { ok: false; name: string; problems: Localized[] };

/** A shared schedule's hours, parsed; "missing" when the document has no schedule of that id. */
function readSharedHours(scheduleId: string, schedules: ReadonlyMap<string, FlowSchedule>): SharedHours | "missing" {
  const schedule = schedules.get(scheduleId);
  if (!schedule) return "missing";
  const parsed = openingHoursSchema.safeParse(schedule.hours);
  if (parsed.success) return { ok: true, hours: parsed.data };
  const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")));
  const labels = [...fields].map((name) => {
    const meta = readFieldMeta((openingHoursSchema.shape as Record<string, z.ZodType>)[name] ?? z.never());
    return meta?.label ?? { en: name, pl: name };
  });
  return { ok: false, name: schedule.name || schedule.id, problems: labels };
}
