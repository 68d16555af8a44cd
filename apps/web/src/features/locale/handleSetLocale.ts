import "server-only";
import { cookies } from "next/headers";
import { getPrisma, setUserLocale } from "@centrala/db";
import { auth, unstable_update } from "@/auth";
import { isLocale, LOCALE_COOKIE } from "@/i18n/locales";
import { readReturnPath } from "./readReturnPath";

export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/**
 * POST /api/locale (form field `locale`): remembers the language in a cookie and, for a signed-in
 * person, on their account and in their session; then goes back to the page it came from.
 */
export async function handleSetLocale(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => new FormData());
  const locale = form.get("locale");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax" });
    const session = await auth();
    if (session?.userId) {
      await setUserLocale(getPrisma(), session.userId, locale);
      await unstable_update({ locale });
    }
  }
  // 303 so the browser follows with a GET carrying the new cookies.
  return new Response(null, { status: 303, headers: { Location: readReturnPath(request.headers.get("referer")) } });
}
