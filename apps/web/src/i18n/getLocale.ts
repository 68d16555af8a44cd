import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { auth } from "@/auth";
import { isLocale, LOCALE_COOKIE, type Locale } from "./locales";
import { pickLocaleFromAcceptLanguage } from "./pickLocaleFromAcceptLanguage";

/** The reader's language: their account's choice, else the cookie, else the browser's preference. */
export const getLocale = cache(async (): Promise<Locale> => {
  const session = await auth();
  if (session?.locale) return session.locale;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return pickLocaleFromAcceptLanguage((await headers()).get("accept-language") ?? "");
});
