import NextAuth, { type Session } from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { getEnv } from "./env";
import { readClientIp } from "./features/auth/readClientIp";
import { buildContentSecurityPolicy } from "./features/security/buildContentSecurityPolicy";
import { isAllowedRequestOrigin, readOwnOrigins } from "./features/security/checkRequestOrigin";
import { guardApiRequest } from "./features/security/guardApiRequest";
import { STRICT_TRANSPORT_SECURITY } from "./features/security/securityHeaders";
import { createAppTranslator } from "./i18n/createAppTranslator";
import { isLocale, LOCALE_COOKIE, type Locale } from "./i18n/locales";
import { pickLocaleFromAcceptLanguage } from "./i18n/pickLocaleFromAcceptLanguage";

const { auth } = NextAuth(() => ({ ...authConfig, secret: getEnv().AUTH_SECRET }));

/** Pages for signed-out people: signed-in ones are sent to their flows. */
const AUTH_PAGES = new Set(["/login", "/signup"]);
/** Pages anyone may open (links from e-mails). */
const PUBLIC_PAGE_PREFIXES = ["/invite/", "/reset-password/", "/forgot-password"];

type AuthedRequest = NextRequest & { auth: Session | null };
// auth(handler) gives a middleware that runs the handler with the session on the request; with the
// lazy config it comes wrapped in a promise, which its typings do not say, hence the narrow cast.
const withSession = auth as unknown as (
  handler: (request: AuthedRequest) => Promise<Response>,
) => Promise<(request: NextRequest, event: NextFetchEvent) => Promise<Response>>;

/**
 * Every request except static files and the raw audio uploads passes here.
 * - /api/*: origin, content type, body length and per-address rate limits (guardApiRequest);
 *   routes answer 401 themselves, so no session is read here.
 * - pages: a state-changing request (a server action, a form post) from another site gets 403;
 *   signed-out people go to /login (and signed-in people away from it); each response gets a
 *   Content-Security-Policy with a fresh nonce, which Next.js reads from the request header and
 *   puts on its own scripts.
 * Auth.js re-issues the session cookie on every request it checks; a link prefetch still in flight
 * during sign-out would then bring the deleted cookie back, so the proxy never sets it.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const env = getEnv();
  const locale = readRequestLocale(request);
  const ownOrigins = readOwnOrigins(request, [env.AUTH_URL, env.PUBLIC_WEB_URL]);
  const https = request.nextUrl.protocol === "https:" || [env.AUTH_URL, env.PUBLIC_WEB_URL].some((url) => url?.startsWith("https:"));

  if (request.nextUrl.pathname.startsWith("/api/")) {
    const refused = await guardApiRequest(request, { ownOrigins, locale, clientAddress: readClientIp(request.headers) });
    return withTransportSecurity(refused ?? NextResponse.next(), https);
  }

  if (!isAllowedRequestOrigin(request, ownOrigins)) {
    return withTransportSecurity(new Response(createAppTranslator(locale)("security.foreignOrigin"), { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } }), https);
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = buildContentSecurityPolicy({ nonce, testCallWsUrl: env.TEST_CALL_WS_URL, https, development: process.env.NODE_ENV === "development" });
  const checkPage = await withSession(async (authed) => decidePage(authed, policy));
  const response = await checkPage(request, event);
  response.headers.delete("set-cookie");
  response.headers.set("Content-Security-Policy", policy);
  return withTransportSecurity(response, https);
}

async function decidePage(request: AuthedRequest, policy: string): Promise<Response> {
  const { nextUrl } = request;
  const signedIn = Boolean(request.auth?.tenantId);
  if (AUTH_PAGES.has(nextUrl.pathname) && signedIn) return NextResponse.redirect(new URL("/flows", nextUrl));
  const open = AUTH_PAGES.has(nextUrl.pathname) || PUBLIC_PAGE_PREFIXES.some((prefix) => nextUrl.pathname.startsWith(prefix));
  if (!open && !signedIn) {
    const signInUrl = new URL("/login", nextUrl);
    signInUrl.searchParams.set("callbackUrl", nextUrl.href);
    return NextResponse.redirect(signInUrl);
  }
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  return NextResponse.next({ request: { headers } });
}

function withTransportSecurity(response: Response, https: boolean): Response {
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/** The reader's language without a session lookup: the language cookie, else the browser's. */
function readRequestLocale(request: NextRequest): Locale {
  const fromCookie = request.cookies.get(LOCALE_COOKIE)?.value;
  return isLocale(fromCookie) ? fromCookie : pickLocaleFromAcceptLanguage(request.headers.get("accept-language") ?? "");
}

export const config = {
  // Static files need nothing; the raw audio upload routes stream large bodies that the proxy
  // would have to buffer (they take audio types only, which browsers never send cross-site
  // without asking first, and they check the session themselves).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/prompts/[^/]+/variants/|.*\\.(?:png|svg|ico|txt)$).*)"],
};
