import { convertClockTimeToMinutes, type NodeConfig } from "@centrala/flow";
import type { ZonedClock } from "../time/readZonedClock";

export type HoursPort = "open" | "closed" | "holiday";

/** Decides open/closed/holiday for a local date and time: holidays first, then special days, then the week. */
export function evaluateHours(config: NodeConfig<"hours">, clock: ZonedClock): HoursPort {
  if (config.holidays.some((holiday) => isHolidayOn(holiday, clock.date))) return "holiday";
  const ranges = config.exceptions.find((exception) => exception.date === clock.date)?.ranges ?? config.weekly[clock.weekday];
  const minutes = clock.hour * 60 + clock.minute;
  const open = ranges.some((range) => convertClockTimeToMinutes(range.from) <= minutes && minutes < convertClockTimeToMinutes(range.to));
  return open ? "open" : "closed";
}

type Holiday = NodeConfig<"hours">["holidays"][number];

/**
 * Whether a local date (`YYYY-MM-DD`) falls on a holiday: its day, or any day of its range; a
 * yearly one on the same month-days every year (a range across New Year wraps: 31.12–02.01).
 */
export function isHolidayOn(holiday: Holiday, date: string): boolean {
  const end = holiday.endDate ?? holiday.date;
  if (!holiday.yearly) return holiday.date <= date && date <= end;
  const day = date.slice(5);
  const from = holiday.date.slice(5);
  const to = end.slice(5);
  const wraps = end.slice(0, 4) > holiday.date.slice(0, 4) || to < from;
  return wraps ? day >= from || day <= to : from <= day && day <= to;
}
