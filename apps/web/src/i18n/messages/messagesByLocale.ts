import type { Locale } from "../locales";
import { enMessages } from "./en/enMessages";
import { plMessages } from "./pl/plMessages";

export type Messages = typeof enMessages;

/** The message tree for each language Centrala speaks. */
export const messagesByLocale: Record<Locale, Messages> = { en: enMessages, pl: plMessages };
