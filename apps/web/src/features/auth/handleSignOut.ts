import "server-only";
import { cookies } from "next/headers";
import { auth, signOut } from "@/auth";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { LOCALE_COOKIE_MAX_AGE } from "../locale/handleSetLocale";

/** POST /api/sign-out: ends the session, keeping the person's language for the sign-in page. */
export async function handleSignOut(): Promise<Response> {
  const session = await auth();
  if (session?.locale) {
    (await cookies()).set(LOCALE_COOKIE, session.locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax" });
  }
  await signOut({ redirect: false });
  return new Response(null, { status: 303, headers: { Location: "/login" } });
}
