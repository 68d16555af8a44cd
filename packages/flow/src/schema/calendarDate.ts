import { z } from "zod";

export const calendarDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A day as `YYYY-MM-DD`. The format is checked by the schema, the calendar by validation. */
export type CalendarDate = z.infer<typeof calendarDateSchema>;

/** Tells whether a `YYYY-MM-DD` string names a real day (no 30 February). */
export function isRealCalendarDate(date: string): boolean {
  const [year, month, day] = date.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}
