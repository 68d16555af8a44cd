import { CLIENT_ADDRESS_HEADER } from "../security/clientAddress";

let warned = false;

/**
 * The caller's address for rate limiting, as the server stamped it from the socket (and from
 * X-Forwarded-For only when the socket's peer is one of TRUSTED_PROXIES; see clientAddress.ts).
 * A request without the stamp did not come through the server's front door: it shares one bucket.
 */
export function readClientIp(headers: Headers): string {
  const stamped = headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  if (stamped) return stamped;
  if (!warned) {
    warned = true;
    console.warn("Client addresses are not stamped on requests (instrumentation not loaded?): rate limits share one bucket.");
  }
  return "unknown";
}
