import type { AppFormats } from "./formats";
import type { Locale } from "./locales";
import type { Messages } from "./messages/messagesByLocale";

// Types next-intl's t(), format and useLocale() with Centrala's own keys, formats and languages.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
    Formats: AppFormats;
  }
}
