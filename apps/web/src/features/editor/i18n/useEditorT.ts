"use client";

import { useMemo } from "react";
import { useT } from "@/i18n/I18nProvider";
import { createEditorTranslator, type EditorTranslator } from "./createEditorTranslator";

/** The editor's `t()` in the page's language, plus `pick()` for the flow package's en/pl texts. */
export function useEditorT(): EditorTranslator {
  const { locale } = useT();
  return useMemo(() => createEditorTranslator(locale), [locale]);
}
