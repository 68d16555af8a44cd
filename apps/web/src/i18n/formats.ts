import type { DateTimeFormatOptions, Formats } from "next-intl";
import type { Locale } from "./locales";

// Named formats, so every screen shows dates and times alike. Polish is always 24-hour with
// day.month.year ("06.01.2026, 09:00") whatever the browser's own language; English uses a
// month name so the order of day and month is never in doubt ("6 Jan 2026, 09:00").
const time = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
const dates: Record<Locale, DateTimeFormatOptions> = {
  pl: { day: "2-digit", month: "2-digit", year: "numeric" },
  en: { day: "numeric", month: "short", year: "numeric" },
};

/** The formats for `format.dateTime(value, "date" | "time" | "dateTime")` and `{when, date, date}` in messages. */
export function createFormats(locale: Locale) {
  return {
    dateTime: {
      date: dates[locale],
      time,
      dateTime: { ...dates[locale], ...time },
      weekday: { weekday: "long" },
    },
    number: {
      integer: { maximumFractionDigits: 0 },
    },
  } satisfies Formats;
}

export type AppFormats = ReturnType<typeof createFormats>;
