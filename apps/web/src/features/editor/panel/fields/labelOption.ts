import type { EditorMessageKey, EditorTranslator } from "../../i18n/createEditorTranslator";

/** The readable name of a fixed choice (ring strategy, operator…); keys and methods show as they are. */
export function labelOption(t: EditorTranslator, value: string): string {
  const key = `option.${value}`;
  return t.has(key) ? t(key as EditorMessageKey) : value;
}
