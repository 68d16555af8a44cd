/**
 * The caller's IP address for rate limiting. The left-most X-Forwarded-For entry can be forged by
 * a client, so the per-IP limit is best effort; the per-email limit is what protects an account.
 */
export function readClientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
