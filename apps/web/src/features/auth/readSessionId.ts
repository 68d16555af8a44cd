import "server-only";
import { getToken } from "next-auth/jwt";
import { sessionClaimsSchema } from "./sessionClaimsSchema";

const SECURE_COOKIE = "__Secure-authjs.session-token";

/**
 * The server-side session id held in the request's session cookie (never shown to the page), or
 * null. Behind HTTPS Auth.js names the cookie with the `__Secure-` prefix; the request tells which.
 */
export async function readSessionId(request: Request): Promise<string | null> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  const secureCookie = (request.headers.get("cookie") ?? "").includes(SECURE_COOKIE);
  const token = await getToken({ req: request, secret, secureCookie });
  const claims = sessionClaimsSchema.safeParse(token);
  return claims.success ? claims.data.sid : null;
}
