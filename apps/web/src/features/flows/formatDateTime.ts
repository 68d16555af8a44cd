import type { Locale } from "../../i18n/locales";

/** A date and time as people in the tenant's office read it ("25 lis 2026, 14:05"). */
export function formatDateTime(value: Date | string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === "pl" ? "pl-PL" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    new Date(value),
  );
}
