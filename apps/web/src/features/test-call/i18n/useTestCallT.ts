"use client";

import { useTranslations } from "next-intl";
import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "@/i18n/messages/messagesByLocale";

/** A key of the test call's messages ("testCall.start"). */
export type TestCallMessageKey = `testCall.${MessageKeys<Messages["testCall"], NestedKeyOf<Messages["testCall"]>>}`;
export type TestCallTranslator = (key: TestCallMessageKey, params?: Record<string, string | number>) => string;

/** `t()` for the test call panel in the page's language (next-intl). */
export function useTestCallT(): TestCallTranslator {
  return useTranslations();
}
