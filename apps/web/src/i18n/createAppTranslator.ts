import { createTranslator } from "next-intl";
import { DEFAULT_TIME_ZONE } from "./defaultTimeZone";
import { createFormats } from "./formats";
import type { Locale } from "./locales";
import { messagesByLocale } from "./messages/messagesByLocale";

/**
 * `t()` outside React (API handlers, jobs, tests): the same messages and formats as the pages.
 * Components use `useTranslations` / `getTranslations` instead.
 */
export function createAppTranslator(locale: Locale, timeZone: string = DEFAULT_TIME_ZONE) {
  return createTranslator({ locale, messages: messagesByLocale[locale], formats: createFormats(locale), timeZone });
}

export type AppTranslator = ReturnType<typeof createAppTranslator>;
