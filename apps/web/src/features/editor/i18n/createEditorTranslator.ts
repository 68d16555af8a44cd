import type { Localized } from "@centrala/flow";
import type { Locale } from "@/i18n/locales";
import { editorEn, type EditorMessageKey } from "./en";
import { editorPl } from "./pl";

const dictionaries: Record<Locale, Record<EditorMessageKey, string>> = { en: editorEn, pl: editorPl };

export type EditorTranslator = {
  (key: EditorMessageKey, params?: Record<string, string | number>): string;
  /** Chooses the reader's language from a text the flow package gives in English and Polish. */
  pick: (text: Localized) => string;
  locale: Locale;
};

/** A pure translator for the editor's own texts (kept apart until they join the app dictionary). */
export function createEditorTranslator(locale: Locale): EditorTranslator {
  const dictionary = dictionaries[locale];
  const t = ((key: EditorMessageKey, params?: Record<string, string | number>) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole))) as EditorTranslator;
  t.pick = (text) => text[locale];
  t.locale = locale;
  return t;
}
