const FALLBACK = "/flows";

/**
 * Keeps only the path of a callback URL, so signing in can never send someone to another site
 * ("//evil.example" or "https://evil.example" become "/flows").
 */
export function toSafeRedirectPath(value: string): string {
  if (!value) return FALLBACK;
  try {
    const url = new URL(value, "http://centrala.invalid");
    const path = `${url.pathname}${url.search}`;
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/api/") || path === "/login") return FALLBACK;
    return path;
  } catch {
    return FALLBACK;
  }
}
