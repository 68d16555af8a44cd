import type { Weekday } from "@centrala/flow";

/** A moment as a wall clock in some zone shows it. */
export type ZonedClock = { date: string; weekday: Weekday; hour: number; minute: number };

const weekdayByShortName: Record<string, Weekday> = {
  Mon: "mon", Tue: "tue", Wed: "wed", Thu: "thu", Fri: "fri", Sat: "sat", Sun: "sun",
};

// Building a DateTimeFormat costs far more than using one; zones per process are few.
const formats = new Map<string, Intl.DateTimeFormat>();

/** Reads the local date, weekday and time at `at` (epoch ms) in `timezone`; unknown zones read as UTC. */
export function readZonedClock(at: number, timezone: string): ZonedClock {
  const parts: Record<string, string> = {};
  for (const part of readFormat(timezone).formatToParts(at)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: weekdayByShortName[parts.weekday ?? ""] ?? "mon",
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

function readFormat(timezone: string): Intl.DateTimeFormat {
  const cached = formats.get(timezone);
  if (cached) return cached;
  let format: Intl.DateTimeFormat;
  try {
    format = createFormat(timezone);
  } catch {
    // A bad zone must not break the call; the flow validator reports it to the editor.
    format = createFormat("UTC");
  }
  formats.set(timezone, format);
  return format;
}

function createFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
}
