import { z } from "zod";

// "24:00" is allowed as an end so a range can cover the rest of the day.
const clockTimePattern = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export const clockTimeSchema = z.string().regex(clockTimePattern);

export const timeRangeSchema = z.object({ from: clockTimeSchema, to: clockTimeSchema });
/** Opening time within one day, `HH:MM` to `HH:MM` (tenant time). Overnight ranges are split
 * over two days, which keeps the engine's check a plain comparison. */
export type TimeRange = z.infer<typeof timeRangeSchema>;

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

/** Converts `HH:MM` to minutes after midnight. */
export function convertClockTimeToMinutes(time: string): number {
  const [hours = "0", minutes = "0"] = time.split(":");
  return Number(hours) * 60 + Number(minutes);
}

/** Tells whether a range ends after it starts. */
export function isTimeRangeOrdered(range: TimeRange): boolean {
  return convertClockTimeToMinutes(range.from) < convertClockTimeToMinutes(range.to);
}
