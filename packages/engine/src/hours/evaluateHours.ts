import { convertClockTimeToMinutes, type NodeConfig } from "@centrala/flow";
import type { ZonedClock } from "../time/readZonedClock";

export type HoursPort = "open" | "closed" | "holiday";

/** Decides open/closed/holiday for a local date and time: holidays first, then special days, then the week. */
export function evaluateHours(config: NodeConfig<"hours">, clock: ZonedClock): HoursPort {
  if (config.holidays.some((holiday) => holiday.date === clock.date)) return "holiday";
  const ranges = config.exceptions.find((exception) => exception.date === clock.date)?.ranges ?? config.weekly[clock.weekday];
  const minutes = clock.hour * 60 + clock.minute;
  const open = ranges.some((range) => convertClockTimeToMinutes(range.from) <= minutes && minutes < convertClockTimeToMinutes(range.to));
  return open ? "open" : "closed";
}
