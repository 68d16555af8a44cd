import { JSON_BODY_LIMITS, formatByteLimit } from "../api/jsonBodyLimits";
import { consumeRateLimits } from "../auth/rateLimits";
import { createAppTranslator } from "../../i18n/createAppTranslator";
import type { Locale } from "../../i18n/locales";
import { findApiRateLimits } from "./apiRateLimitRules";
import { isAllowedRequestOrigin } from "./checkRequestOrigin";

/** Plain HTML form posts (they work before JavaScript loads); every other body must be JSON. */
const FORM_ROUTES = [/^\/api\/sign-out\/?$/, /^\/api\/locale\/?$/, /^\/api\/auth\//];
const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

export type ApiGuardContext = { ownOrigins: ReadonlySet<string>; locale: Locale; clientAddress: string };

/**
 * The checks every /api request passes before its route runs (the raw audio upload routes are not
 * sent through here: see proxy.ts). Returns the refusal, or null to go on:
 * 403 another site's page sent it; 415 a body that is not JSON; 411/413 a body without a length or
 * over the cap (checked from the header, before any of it is read); 429 too many attempts from this
 * address on a limited route.
 */
export async function guardApiRequest(request: Request, context: ApiGuardContext): Promise<Response | null> {
  const t = createAppTranslator(context.locale);
  const { pathname } = new URL(request.url);
  if (!isAllowedRequestOrigin(request, context.ownOrigins)) {
    return refuse(403, "FOREIGN_ORIGIN", t("security.foreignOrigin"));
  }
  const length = request.headers.get("content-length");
  const chunked = request.headers.has("transfer-encoding");
  const hasBody = chunked || (length !== null && length !== "0");
  if (hasBody) {
    const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    const json = type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type);
    if (!json && !(FORM_TYPES.has(type) && FORM_ROUTES.some((route) => route.test(pathname)))) {
      return refuse(415, "UNSUPPORTED_MEDIA_TYPE", t("security.unsupportedMediaType", { type: type || "(none)" }));
    }
    // Next.js hands a proxied body to the route cut at its proxy buffer size, so a body of unknown
    // length could arrive shortened yet well-formed: ask for the length instead.
    if (length === null) return refuse(411, "LENGTH_REQUIRED", t("security.lengthRequired"));
    if (Number(length) > JSON_BODY_LIMITS.maxBytes) {
      return refuse(413, "BODY_TOO_LARGE", t("security.bodyTooLarge", { limit: formatByteLimit(JSON_BODY_LIMITS.maxBytes) }));
    }
  }
  const limits = findApiRateLimits(request.method, pathname);
  if (limits.length > 0) {
    const verdict = await consumeRateLimits(limits.map((limit) => [limit, context.clientAddress] as const));
    if (!verdict.ok) {
      const minutes = Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60));
      return refuse(429, "RATE_LIMITED", t("security.tooManyAttempts", { count: minutes }), { "Retry-After": String(verdict.retryAfterSeconds) });
    }
  }
  return null;
}

function refuse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers });
}
