import type { Localized } from "@centrala/flow";
import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages/messagesByLocale";

/** A key of the editor's messages ("toolbar.undo"), i.e. `editor.*` in i18n/messages. */
export type EditorMessageKey = MessageKeys<Messages["editor"], NestedKeyOf<Messages["editor"]>>;

export type EditorTranslator = {
  (key: EditorMessageKey, params?: Record<string, string | number>): string;
  /** Chooses the reader's language from a text the flow package gives in English and Polish. */
  pick: (text: Localized) => string;
  /** Whether a computed key exists (for labels of open-ended choices). */
  has: (key: string) => boolean;
  locale: Locale;
};

type NamespacedTranslate = {
  (key: EditorMessageKey, params?: Record<string, string | number>): string;
  has: (key: EditorMessageKey) => boolean;
};

/** Wraps next-intl's `t` for the `editor` namespace with the editor's extras (`pick`, `has`, `locale`). */
export function createEditorTranslator(translate: NamespacedTranslate, locale: Locale): EditorTranslator {
  const t = ((key: EditorMessageKey, params?: Record<string, string | number>) => translate(key, params)) as EditorTranslator;
  t.pick = (text) => text[locale];
  t.has = (key) => translate.has(key as EditorMessageKey);
  t.locale = locale;
  return t;
}
