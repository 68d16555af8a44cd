import { createHmac, timingSafeEqual } from "node:crypto";

export type AudioGrant = { tenantId: string; callId: string; callSid: string };

/** Signs the grant the runtime embeds in a call's audio URL, so only our own calls can stream in. */
export function signAudioGrant(grant: AudioGrant, secret: string): string {
  const body = Buffer.from(JSON.stringify(grant)).toString("base64url");
  const mac = createHmac("sha256", secret).update(body).digest("base64url");
  return `${body}.${mac}`;
}

export function verifyAudioGrant(token: string, secret: string): AudioGrant | null {
  const [body, mac] = token.split(".");
  if (!body || !mac) return null;
  const expected = createHmac("sha256", secret).update(body).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const grant = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as AudioGrant;
    return typeof grant.tenantId === "string" && typeof grant.callId === "string" ? grant : null;
  } catch {
    return null;
  }
}
