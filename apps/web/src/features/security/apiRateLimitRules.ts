import type { RateLimitName } from "../auth/rateLimits";

/**
 * The signed-out and account-changing API routes limited per client address, before the route
 * runs (per-account limits live in the handlers, which know the account).
 */
export const API_RATE_LIMIT_RULES: ReadonlyArray<{ method: string; path: RegExp; limit: RateLimitName }> = [
  { method: "POST", path: /^\/api\/password-reset\/?$/, limit: "resetRequestByAddress" },
  { method: "POST", path: /^\/api\/password-reset\/[^/]+\/?$/, limit: "tokenUseByAddress" },
  { method: "GET", path: /^\/api\/invites\/[^/]+\/?$/, limit: "tokenUseByAddress" },
  { method: "POST", path: /^\/api\/invites\/[^/]+\/accept\/?$/, limit: "tokenUseByAddress" },
  { method: "POST", path: /^\/api\/team\/invites\/?$/, limit: "inviteByAddress" },
];

/** The limits that apply to a request (usually none). */
export function findApiRateLimits(method: string, pathname: string): RateLimitName[] {
  return API_RATE_LIMIT_RULES.filter((rule) => rule.method === method.toUpperCase() && rule.path.test(pathname)).map((rule) => rule.limit);
}
