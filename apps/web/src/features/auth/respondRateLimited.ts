import { createAppTranslator } from "../../i18n/createAppTranslator";
import type { Locale } from "../../i18n/locales";
import { respondError, type ApiResult } from "../api/apiResult";

/** 429 "Too many attempts, try again in N minutes", in the reader's language. */
export function respondRateLimited(retryAfterSeconds: number, locale: Locale): ApiResult {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return respondError(429, "RATE_LIMITED", createAppTranslator(locale)("security.tooManyAttempts", { count: minutes }));
}
