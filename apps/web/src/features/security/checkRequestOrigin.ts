/** Methods that change something; GET/HEAD/OPTIONS are never refused for their origin. */
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Whether a state-changing request may come from where it says. Browsers send Origin with every
 * POST/PUT/PATCH/DELETE; older ones at least Sec-Fetch-Site. A request with neither is not from a
 * browser (curl, a script with an API client) and cannot carry someone else's cookies by accident.
 */
export function isAllowedRequestOrigin(request: Request, ownOrigins: ReadonlySet<string>): boolean {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return true;
  const origin = request.headers.get("origin");
  if (origin) return origin !== "null" && ownOrigins.has(origin.toLowerCase());
  const site = request.headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}

/**
 * This server's own origins: the one the request was addressed to (Host, or X-Forwarded-Host and
 * -Proto, which only trusted proxies can set) and the configured public addresses.
 */
export function readOwnOrigins(request: Request, configured: ReadonlyArray<string | undefined>): Set<string> {
  const origins = new Set<string>();
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || new URL(request.url).protocol.replace(/:$/, "");
  if (host) origins.add(`${proto}://${host}`.toLowerCase());
  for (const url of configured) {
    if (!url) continue;
    try {
      origins.add(new URL(url).origin.toLowerCase());
    } catch {
      // env.ts validates these; an unparsable one simply adds nothing
    }
  }
  return origins;
}
