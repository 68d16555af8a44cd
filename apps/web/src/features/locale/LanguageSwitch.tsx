import { getT } from "@/i18n/getLocale";
import { locales } from "@/i18n/locales";

/** EN | PL toggle; a plain form post to /api/locale, so it works before JavaScript loads. */
export async function LanguageSwitch() {
  const t = await getT();
  return (
    <form method="post" action="/api/locale" className="flex items-center gap-2">
      <span id="language-switch-label" className="sr-only">{t("locale.label")}</span>
      <div role="group" aria-labelledby="language-switch-label" className="flex rounded-md border border-slate-300 bg-white p-0.5">
        {locales.map((locale) => {
          const current = locale === t.locale;
          return (
            <button
              key={locale}
              type="submit"
              name="locale"
              value={locale}
              lang={locale}
              aria-pressed={current}
              data-testid={`locale-${locale}`}
              className={`rounded px-2 py-1 text-xs font-semibold uppercase tracking-wide transition-colors ${
                current ? "bg-slate-800 text-white" : "text-slate-600 hover:bg-slate-100"
              }`}
            >
              {locale}
              <span className="sr-only"> {t(`locale.${locale}`)}</span>
            </button>
          );
        })}
      </div>
    </form>
  );
}
