import { createHmac, timingSafeEqual } from "node:crypto";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * A signed, expiring grant, written into a URL path as `<expiry seconds>.<HMAC-SHA256>`. The MAC
 * covers the scope (what is granted: kind, tenant, item) and the expiry; nothing else in the URL
 * needs to be trusted.
 */
export function signMediaGrant(key: Buffer, scope: readonly string[], expiresAtMs: number): string {
  const exp = Math.floor(expiresAtMs / 1000);
  return `${exp}.${mac(key, scope, exp).toString("base64url")}`;
}

export type GrantCheck = { ok: true; expiresAtMs: number } | { ok: false; reason: "malformed" | "expired" | "bad-signature" };

/** Checks a grant in constant time; an expired grant fails even with a good signature. */
export function verifyMediaGrant(key: Buffer, scope: readonly string[], token: string, nowMs: number): GrantCheck {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: "malformed" };
  const exp = Number(match[1]);
  const expected = mac(key, scope, exp);
  const given = Buffer.from(match[2]!, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad-signature" };
  if (exp * 1000 <= nowMs) return { ok: false, reason: "expired" };
  return { ok: true, expiresAtMs: exp * 1000 };
}

function mac(key: Buffer, scope: readonly string[], exp: number): Buffer {
  return createHmac("sha256", key).update(`${scope.join("|")}|${exp}`).digest();
}

/**
 * Prompt URLs expire at the end of the next UTC day: every URL handed out during one day is the
 * same string (jambonz caches audio by URL) and stays valid for at least 24 hours, longer than
 * any call.
 */
export function readPromptGrantExpiry(nowMs: number): number {
  return (Math.floor(nowMs / DAY_MS) + 2) * DAY_MS;
}

/** Playback links for people (voicemail, recordings) expire at the end of the next hour. */
export function readPlaybackGrantExpiry(nowMs: number): number {
  return (Math.floor(nowMs / HOUR_MS) + 2) * HOUR_MS;
}

export const promptGrantScope = (tenantId: string) => ["prompt", tenantId] as const;
export const recordingGrantScope = (tenantId: string, recordingId: string) => ["recording", tenantId, recordingId] as const;
