import { en, type MessageKey } from "./en";
import { pl } from "./pl";
import type { Locale } from "./locales";

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, pl };

export type MessageParams = Record<string, string | number>;

/** A message to show later (e.g. returned by a server action); the component translates it. */
export type Message = { key: MessageKey; params?: MessageParams } | { plural: PluralKey; count: number };

/** Base names of plural messages: `signin.rateLimited` for `signin.rateLimited.other` etc. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

export type Translator = {
  (key: MessageKey, params?: MessageParams): string;
  /** Picks the plural form for `count` by the language's rules (Polish: 1 minutę, 2 minuty, 5 minut). */
  plural: (key: PluralKey, count: number, params?: MessageParams) => string;
  message: (message: Message) => string;
  locale: Locale;
};

/** A `t()` for one language; pure, so server and client components share it. */
export function createTranslator(locale: Locale): Translator {
  const dictionary = dictionaries[locale];
  const rules = new Intl.PluralRules(locale);
  const t = ((key: MessageKey, params?: MessageParams) => fillParams(dictionary[key], params)) as Translator;
  t.plural = (key, count, params) => {
    const category = rules.select(count);
    const candidate = `${key}.${category}`;
    const form = isMessageKey(candidate) ? candidate : (`${key}.other` as MessageKey);
    return fillParams(dictionary[form], { count, ...params });
  };
  t.message = (message) => ("plural" in message ? t.plural(message.plural, message.count) : t(message.key, message.params));
  t.locale = locale;
  return t;
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}

function fillParams(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
