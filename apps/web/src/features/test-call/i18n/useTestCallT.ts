"use client";

import { useMemo } from "react";
import { useT } from "@/i18n/I18nProvider";
import { testCallEn, type TestCallMessageKey } from "./en";
import { testCallPl } from "./pl";

export type TestCallTranslator = (key: TestCallMessageKey, params?: Record<string, string | number>) => string;

/** `t()` for the test call panel in the page's language. */
export function useTestCallT(): TestCallTranslator {
  const { locale } = useT();
  return useMemo(() => {
    const dictionary: Record<TestCallMessageKey, string> = locale === "pl" ? testCallPl : testCallEn;
    return (key, params) => dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
  }, [locale]);
}
