import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * The request header that carries the client's address as this server worked it out. Whatever a
 * client sends under this name is thrown away before the request reaches Next.js.
 */
export const CLIENT_ADDRESS_HEADER = "x-centrala-client-address";

/** Networks whose X-Forwarded-* headers are believed (TRUSTED_PROXIES), as a membership test. */
export type TrustedProxies = (address: string) => boolean;

/** Parses TRUSTED_PROXIES: addresses or CIDR networks, comma-separated ("127.0.0.1, 10.0.0.0/8"). */
export function parseTrustedProxies(list: string | undefined): TrustedProxies {
  const networks = (list ?? "").split(",").map((entry) => entry.trim()).filter(Boolean).map(parseNetwork);
  if (networks.length === 0) return () => false;
  return (address) => {
    const parsed = parseAddress(address);
    return parsed !== null && networks.some(([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits));
  };
}

/** Throws a message naming the entry when a TRUSTED_PROXIES entry is neither an address nor a network. */
export function parseNetwork(entry: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  try {
    if (entry.includes("/")) return normaliseNetwork(ipaddr.parseCIDR(entry));
    const address = ipaddr.parse(entry);
    return normaliseNetwork([address, address.kind() === "ipv4" ? 32 : 128]);
  } catch {
    throw new Error(`"${entry}" is not an IP address or a network such as 10.0.0.0/8`);
  }
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which case the
 * X-Forwarded-For chain is read from the right (the entry the nearest proxy added) past every
 * trusted proxy. Entries further left were written by the client and are never believed.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, isTrusted: TrustedProxies): string {
  const peer = normaliseAddress(socketAddress) ?? "unknown";
  if (!isTrusted(peer) || !forwardedFor) return peer;
  const hops = forwardedFor.split(",").map((hop) => hop.trim()).filter(Boolean);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i]);
    if (!hop) break; // garbage in the chain: stop at the last address we could trust
    client = hop;
    if (!isTrusted(hop)) break;
  }
  return client;
}

/**
 * Stamps every incoming HTTP request with CLIENT_ADDRESS_HEADER before Next.js sees it, and drops
 * X-Forwarded-Host/-Proto/-For that an untrusted peer sent (Next.js then fills them in from the
 * socket). Uses Node's `http.server.request.start` diagnostics channel, which runs synchronously
 * before the server's request handler. Returns a function that removes the stamp.
 */
export function installClientAddressStamp(isTrusted: TrustedProxies): () => void {
  const stamp = (message: unknown) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const forwarded = request.headers["x-forwarded-for"];
    const chain = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(socket.remoteAddress, chain, isTrusted);
    if (!isTrusted(normaliseAddress(socket.remoteAddress) ?? "")) {
      delete request.headers["x-forwarded-for"];
      delete request.headers["x-forwarded-host"];
      delete request.headers["x-forwarded-proto"];
      delete request.headers["x-forwarded-port"];
    }
  };
  diagnosticsChannel.subscribe("http.server.request.start", stamp);
  return () => diagnosticsChannel.unsubscribe("http.server.request.start", stamp);
}

function parseAddress(value: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  if (!ipaddr.isValid(value)) return null;
  const parsed = ipaddr.parse(value);
  return parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
}

function normaliseNetwork([address, bits]: [ipaddr.IPv4 | ipaddr.IPv6, number]): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) return [(address as ipaddr.IPv6).toIPv4Address(), Math.max(0, bits - 96)];
  return [address, bits];
}

/** "::ffff:127.0.0.1" → "127.0.0.1"; "[::1]:443" and "1.2.3.4:5678" lose their port; anything else → null. */
function normaliseAddress(value: string | undefined): string | null {
  if (!value) return null;
  let text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  const parsed = parseAddress(text);
  return parsed ? parsed.toString() : null;
}
