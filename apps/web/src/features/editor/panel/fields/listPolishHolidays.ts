import type { Localized } from "@centrala/flow";

/** Poland's statutory public holidays in a year (Christmas Eve is one since 2025). */
export function listPolishHolidays(year: number): { date: string; name: Localized }[] {
  const easter = findEasterSunday(year);
  const shifted = (days: number) => new Date(Date.UTC(year, easter.getUTCMonth(), easter.getUTCDate() + days));
  const fixed: [number, number, Localized][] = [
    [1, 1, { en: "New Year's Day", pl: "Nowy Rok" }],
    [1, 6, { en: "Epiphany", pl: "Święto Trzech Króli" }],
    [5, 1, { en: "Labour Day", pl: "Święto Pracy" }],
    [5, 3, { en: "Constitution Day", pl: "Święto Konstytucji 3 Maja" }],
    [8, 15, { en: "Assumption Day", pl: "Wniebowzięcie NMP" }],
    [11, 1, { en: "All Saints' Day", pl: "Wszystkich Świętych" }],
    [11, 11, { en: "Independence Day", pl: "Święto Niepodległości" }],
    ...(year >= 2025 ? [[12, 24, { en: "Christmas Eve", pl: "Wigilia" }] as [number, number, Localized]] : []),
    [12, 25, { en: "Christmas Day", pl: "Boże Narodzenie" }],
    [12, 26, { en: "Second Day of Christmas", pl: "Drugi dzień Bożego Narodzenia" }],
  ];
  const movable: [Date, Localized][] = [
    [shifted(0), { en: "Easter Sunday", pl: "Wielkanoc" }],
    [shifted(1), { en: "Easter Monday", pl: "Poniedziałek Wielkanocny" }],
    [shifted(49), { en: "Pentecost", pl: "Zielone Świątki" }],
    [shifted(60), { en: "Corpus Christi", pl: "Boże Ciało" }],
  ];
  return [
    ...fixed.map(([month, day, name]) => ({ date: formatDate(new Date(Date.UTC(year, month - 1, day))), name })),
    ...movable.map(([date, name]) => ({ date: formatDate(date), name })),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function findEasterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
