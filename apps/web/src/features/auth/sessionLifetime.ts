import type { AuthSessionLifetime } from "@centrala/db";

/**
 * How long a sign-in lasts: it ends after a day without any request (a browser left signed in
 * overnight on a shared desk still works the next morning; over a weekend it does not), and a week
 * after signing in whatever happens. The cookie expires with the absolute lifetime; both are
 * enforced by the server-side session row, which signing out deletes.
 */
export const SESSION_LIFETIME: AuthSessionLifetime = { idleMs: 24 * 60 * 60_000, absoluteMs: 7 * 24 * 60 * 60_000 };
