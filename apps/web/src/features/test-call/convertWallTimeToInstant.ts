/**
 * The instant a wall clock in `timeZone` shows `date` (`YYYY-MM-DD`) and `time` (`HH:MM`), as an
 * ISO string with that zone's offset ("2026-12-24T19:00:00+01:00"). A time that does not exist
 * (skipped by summer time) moves forward by the gap, as clocks do; null for unreadable input.
 */
export function convertWallTimeToInstant(date: string, time: string, timeZone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall)) return null;
  let offset: number;
  let instant: number;
  try {
    // The zone's offset at the guess, then again at the corrected instant (around a change of
    // time), and the offset the clock shows at the instant found.
    const guess = readOffsetMinutes(wall, timeZone);
    instant = wall - readOffsetMinutes(wall - guess * 60_000, timeZone) * 60_000;
    offset = readOffsetMinutes(instant, timeZone);
  } catch {
    return null;
  }
  const local = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** Minutes the zone is ahead of UTC at an instant. */
function readOffsetMinutes(at: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  const format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
  for (const part of format.formatToParts(at)) if (part.type !== "literal") parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}
