import { createHmac, timingSafeEqual } from "node:crypto";

/** The SIP header that lets a test place a call "as if" at another moment. */
export const CLOCK_HEADER = "X-Centrala-Clock";

/**
 * The header's value for a call to `called` as if at `instant` (ISO-8601 text): the instant and a
 * hex HMAC-SHA256 over "<instant>|<called number>" with RUNTIME_SECRET. Only someone holding the
 * runtime's secret (the call command, a test) can make one; real callers cannot.
 */
export function signClockHeader(instant: string, called: string, secret: string): string {
  return `${instant};${createHmac("sha256", secret).update(`${instant}|${called}`).digest("hex")}`;
}

/** The moment (epoch ms) a valid clock header asks for, or null (no header, a bad signature, not a time). */
export function verifyClockHeader(value: string, called: string, secret: string): number | null {
  const separator = value.lastIndexOf(";");
  if (separator <= 0) return null;
  const instant = value.slice(0, separator);
  const given = Buffer.from(value.slice(separator + 1), "hex");
  const expected = createHmac("sha256", secret).update(`${instant}|${called}`).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  // An ISO-8601 instant: a date and a time with a zone (Z or ±hh:mm).
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(instant)) return null;
  const at = Date.parse(instant);
  return Number.isFinite(at) ? at : null;
}

/** A header of the INVITE jambonz copied into session:new (`sip.headers`), by name in any case. */
export function readSipHeader(sip: unknown, name: string): string | null {
  const headers = (sip as { headers?: unknown } | null | undefined)?.headers;
  if (!headers || typeof headers !== "object") return null;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted && typeof value === "string") return value.slice(0, 300);
  }
  return null;
}
