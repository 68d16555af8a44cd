import { getLocale, getTranslations } from "next-intl/server";
import { locales } from "@/i18n/locales";
import { cn } from "../ui/cn";
import { focusRing } from "../ui/focusRing";

/** EN | PL toggle; a plain form post to /api/locale, so it works before JavaScript loads. */
export async function LanguageSwitch() {
  const [t, current] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <form method="post" action="/api/locale" className="flex items-center gap-2">
      <span id="language-switch-label" className="sr-only">{t("locale.label")}</span>
      <div role="group" aria-labelledby="language-switch-label" className="flex rounded-md border border-slate-300 bg-white p-0.5">
        {locales.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={locale === current}
            data-testid={`locale-${locale}`}
            className={cn(
              "rounded px-2 py-1 text-xs font-semibold tracking-wide transition-colors",
              locale === current ? "bg-slate-800 text-white" : "text-slate-600 hover:bg-slate-100",
              focusRing,
            )}
          >
            {locale}
            {/* The name starts with the visible "EN"/"PL" (axe: label-content-name-mismatch). */}
            <span className="sr-only"> {t(`locale.${locale}`)}</span>
          </button>
        ))}
      </div>
    </form>
  );
}
