import { defaultLocale, isLocale, type Locale } from "./locales";

/** The first supported language in an Accept-Language header ("pl-PL,pl;q=0.9,en;q=0.8" -> "pl"). */
export function pickLocaleFromAcceptLanguage(header: string): Locale {
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { language: tag.toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0 };
    })
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.language).find(isLocale) ?? defaultLocale;
}
