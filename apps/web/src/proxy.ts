import NextAuth from "next-auth";
import type { NextFetchEvent, NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { getEnv } from "./env";

const { auth } = NextAuth(() => ({ ...authConfig, secret: getEnv().AUTH_SECRET }));
// At runtime auth(request, event) runs the `authorized` callback; its typings only list the
// wrapper form, hence the narrow cast.
const checkSession = auth as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

/**
 * Sends signed-out people to /login (and signed-in people away from it). Auth.js re-issues the
 * session cookie on every request it checks; a link prefetch still in flight during sign-out would
 * then bring the deleted session back, so the proxy only reads the session and never sets it.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const response = await checkSession(request, event);
  response.headers.delete("set-cookie");
  return response;
}

export const config = {
  // API routes answer 401 themselves; static files need no session.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|txt)$).*)"],
};
