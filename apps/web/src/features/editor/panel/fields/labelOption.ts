import type { EditorTranslator } from "../../i18n/createEditorTranslator";
import { editorEn, type EditorMessageKey } from "../../i18n/en";

/** The readable name of a fixed choice (ring strategy, operator…); keys and methods show as they are. */
export function labelOption(t: EditorTranslator, value: string): string {
  const key = `option.${value}`;
  return Object.hasOwn(editorEn, key) ? t(key as EditorMessageKey) : value;
}
