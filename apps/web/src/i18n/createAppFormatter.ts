import { createFormatter } from "next-intl";
import { DEFAULT_TIME_ZONE } from "./defaultTimeZone";
import { createFormats } from "./formats";
import type { Locale } from "./locales";

/** Date and number formatting outside React, with the same named formats as the pages. */
export function createAppFormatter(locale: Locale, timeZone: string = DEFAULT_TIME_ZONE) {
  return createFormatter({ locale, formats: createFormats(locale), timeZone });
}
