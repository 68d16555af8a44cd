/** The languages a prompt can be recorded in; a call plays the one matching its language. */
export const PROMPT_LANGUAGES = ["pl", "en"] as const;
export type PromptLanguage = (typeof PROMPT_LANGUAGES)[number];

export function isPromptLanguage(value: string): value is PromptLanguage {
  return (PROMPT_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Which recorded variant a call in `callLanguage` ("pl-PL", "en-GB", "pl"...) hears: its own
 * language, else English, else Polish, else whatever exists.
 */
export function pickPromptVariant<V extends { language: string }>(variants: readonly V[], callLanguage: string): V | null {
  const wanted = callLanguage.slice(0, 2).toLowerCase();
  const order = [wanted, "en", "pl"];
  for (const language of order) {
    const found = variants.find((v) => v.language === language);
    if (found) return found;
  }
  return variants[0] ?? null;
}
