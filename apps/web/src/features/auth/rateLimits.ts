import { createHash } from "node:crypto";
import type pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { createPgPool } from "@centrala/db";

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Every limit on what strangers can do to accounts: how many attempts (points) per window
 * (seconds). Counted in PostgreSQL, so every web instance shares them. Failed sign-ins are limited
 * per address and per address+account; the per-account limit only ever refuses addresses the
 * account has never signed in from, so a flood of wrong passwords cannot lock the owner out.
 */
export const RATE_LIMITS = {
  /** Failed sign-ins from one address, whatever the accounts (password spraying). */
  signInByAddress: { points: 100, duration: HOUR },
  /** Failed sign-ins for one account from one address (guessing one person's password). */
  signInByAddressAndAccount: { points: 5, duration: 15 * MINUTE },
  /** Failed sign-ins for one account from addresses it never signed in from (many addresses guessing). */
  signInByAccount: { points: 30, duration: HOUR },
  /** How long an address the account signed in from stays "known" to it. */
  knownAddress: { points: 1, duration: 30 * 24 * HOUR },
  /** New organisations from one address, and sign-up attempts for one e-mail address. */
  signUpByAddress: { points: 10, duration: HOUR },
  signUpByAccount: { points: 5, duration: HOUR },
  /** Password-reset e-mails asked for from one address, and sent to one e-mail address. */
  resetRequestByAddress: { points: 20, duration: HOUR },
  resetRequestByAccount: { points: 5, duration: HOUR },
  /** Attempts to use reset or invitation links from one address (guessing tokens). */
  tokenUseByAddress: { points: 30, duration: 15 * MINUTE },
  /** Invitations sent by one person, and from one address. */
  inviteByAccount: { points: 30, duration: HOUR },
  inviteByAddress: { points: 60, duration: HOUR },
  /** Wrong passwords typed to accept one invitation with an existing account. */
  inviteAcceptByInvite: { points: 10, duration: 15 * MINUTE },
} as const satisfies Record<string, { points: number; duration: number }>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** Allowed, or refused with how long until the oldest counted attempt stops counting. */
export type RateLimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

type Limiter = RateLimiterPostgres;
type Registry = { pool: pg.Pool; limiters: Map<RateLimitName, Limiter> };

const holder = globalThis as unknown as { __centralaRateLimits?: Registry };

function getLimiter(name: RateLimitName): Limiter {
  holder.__centralaRateLimits ??= { pool: createPgPool(undefined, 3), limiters: new Map() };
  const registry = holder.__centralaRateLimits;
  let limiter = registry.limiters.get(name);
  if (!limiter) {
    const { points, duration } = RATE_LIMITS[name];
    limiter = new RateLimiterPostgres({
      storeClient: registry.pool, storeType: "pool", tableName: "RateLimit", tableCreated: true, keyPrefix: name, points, duration,
      // One limiter sweeps expired rows for all (they share the table).
      clearExpiredByTimeout: name === "signInByAddress",
      // While PostgreSQL is unreachable each instance still limits on its own.
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration }),
    });
    registry.limiters.set(name, limiter);
  }
  return limiter;
}

/** A stable, short key for an e-mail address or a token (the table never holds them in clear). */
export function toRateLimitKey(value: string): string {
  return createHash("sha256").update(value.trim().toLowerCase(), "utf8").digest("base64url").slice(0, 32);
}

/** Counts one attempt against each (limit, key); refused when any of them is over its limit. */
export async function consumeRateLimits(entries: ReadonlyArray<readonly [RateLimitName, string]>): Promise<RateLimitVerdict> {
  let waitMs = 0;
  for (const [name, key] of entries) {
    try {
      await getLimiter(name).consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      waitMs = Math.max(waitMs, rejection.msBeforeNext, 1000);
    }
  }
  return waitMs === 0 ? { ok: true } : { ok: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
}

/** Gives back points (a sign-in that succeeded was not an attack). */
export async function rewardRateLimit(name: RateLimitName, key: string, points = 1): Promise<void> {
  await getLimiter(name).reward(key, points);
}

/** Forgets one key's count. */
export async function clearRateLimit(name: RateLimitName, key: string): Promise<void> {
  await getLimiter(name).delete(key);
}

/** Marks a key (kept for the limit's duration), e.g. an address an account signed in from. */
export async function rememberRateLimitKey(name: RateLimitName, key: string): Promise<void> {
  await getLimiter(name).set(key, 1, RATE_LIMITS[name].duration);
}

/** Whether a key is currently counted or remembered. */
export async function hasRateLimitKey(name: RateLimitName, key: string): Promise<boolean> {
  const res = await getLimiter(name).get(key);
  return res !== null && res.consumedPoints > 0;
}
