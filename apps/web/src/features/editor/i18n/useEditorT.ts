"use client";

import { useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import { createEditorTranslator, type EditorTranslator } from "./createEditorTranslator";

/** The editor's `t()` (next-intl, `editor` namespace) in the page's language, plus `pick()` for the flow package's en/pl texts. */
export function useEditorT(): EditorTranslator {
  const translate = useTranslations("editor");
  const locale = useLocale();
  return useMemo(() => createEditorTranslator(translate, locale), [translate, locale]);
}
