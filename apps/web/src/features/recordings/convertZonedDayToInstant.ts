/** How far the time zone is ahead of UTC at this instant, in milliseconds. */
function readZoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(new Date(instantMs)).map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a calendar day (YYYY-MM-DD) starts in the organisation's time zone, `addDays` later:
 * a filter "to 2026-12-02" ends where 3 December begins in Warsaw, not in UTC.
 */
export function convertZonedDayToInstant(day: string, timeZone: string, addDays = 0): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const wallClock = Date.UTC(year, month - 1, date + addDays);
  const first = wallClock - readZoneOffsetMs(wallClock, timeZone);
  // A second pass when the day starts across a daylight-saving change from the first guess.
  return new Date(wallClock - readZoneOffsetMs(first, timeZone));
}
