import "server-only";
import { convertApiResultToResponse, type ApiResult } from "../api/apiResult";
import { getLocale } from "@/i18n/getLocale";
import type { Locale } from "@/i18n/locales";

/** Runs a handler for a signed-out page (invitations, password resets) in the reader's language. */
export async function withPublicLocale(handle: (locale: Locale) => Promise<ApiResult>): Promise<Response> {
  return convertApiResultToResponse(await handle(await getLocale()));
}
