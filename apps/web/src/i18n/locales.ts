/** The languages Centrala speaks; the first is the fallback. */
export const locales = ["en", "pl"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Remembers the language for signed-out pages (signed-in people also have it on their account). */
export const LOCALE_COOKIE = "centrala-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
