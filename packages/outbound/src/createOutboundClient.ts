import net from "node:net";
import ipaddr from "ipaddr.js";
import { Agent, buildConnector, request } from "undici";

/** Address ranges nobody outside may be sent to from our network (ipaddr.js range names). */
const blockedRanges = new Set([
  "unspecified", "broadcast", "multicast", "linkLocal", "loopback", "private", "uniqueLocal", "carrierGradeNat",
  "reserved", "benchmarking", "amt", "as112", "as112v6", "deprecated", "orchid2", "droneRemoteIdProtocolEntityTags",
  "ipv4Mapped", "rfc6145", "rfc6052", "6to4", "teredo", "discard",
]);

export type OutboundOptions = {
  /** Networks (CIDR, e.g. "10.1.2.0/24", "127.0.0.1/32") the operator allows despite being internal. */
  allowNetworks?: readonly string[];
  /** The most of an answer that is read (default 256 KiB); more is refused. */
  maxResponseBytes?: number;
  /** Redirects followed at most (default 3), each to an address that passes the same check. */
  maxRedirects?: number;
};

export type OutboundRequest = { method: string; headers?: Record<string, string>; body?: string; timeoutMs: number };
export type OutboundResponse = { status: number; contentType: string | null; text: string };

/** A request refused before or while connecting, or an answer refused while reading. */
export class OutboundRefusedError extends Error {
  constructor(message: string, readonly reason: "address" | "scheme" | "redirects" | "too-large") {
    super(message);
  }
}

/** Parses the operator's allow list; throws naming the entry that is not a CIDR. */
export function parseAllowNetworks(entries: readonly string[]): [ipaddr.IPv4 | ipaddr.IPv6, number][] {
  return entries.map((entry) => {
    try {
      return ipaddr.parseCIDR(entry.trim());
    } catch {
      throw new Error(`"${entry}" is not a network in CIDR form, like 10.0.0.0/8 or 127.0.0.1/32`);
    }
  });
}

/**
 * Tells whether an address may be contacted: public unicast only, unless the operator's list allows
 * it. Loopback, private (RFC 1918, fc00::/7), link-local (which holds cloud metadata at
 * 169.254.169.254), carrier NAT, multicast and the other special ranges are refused; an IPv4 address
 * written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
 */
export function isAddressAllowed(address: string, allow: readonly [ipaddr.IPv4 | ipaddr.IPv6, number][] = []): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (allow.some(([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits))) return true;
  return !blockedRanges.has(parsed.range());
}

/**
 * HTTP(S) requests to addresses a tenant typed, made safe for our network (the HTTP step, and
 * later webhooks): the host is checked when the connection is made, on the address actually
 * connected to (so a name that resolves to an internal address, or is re-pointed after a check,
 * is refused too); redirects are followed only to addresses that pass the same check, at most
 * `maxRedirects` times; the answer is read up to `maxResponseBytes` and within the time limit.
 * Built on undici, whose connector is wrapped with the address check.
 */
export function createOutboundClient(opts: OutboundOptions = {}) {
  const allow = parseAllowNetworks(opts.allowNetworks ?? []);
  const maxResponseBytes = opts.maxResponseBytes ?? 256 * 1024;
  const maxRedirects = opts.maxRedirects ?? 3;
  const connect = buildConnector({ timeout: 5000 });
  const agent = new Agent({
    connect(options, callback) {
      // An address written into the URL is checked before any connection is made.
      if (net.isIP(options.hostname) && !isAddressAllowed(options.hostname, allow)) {
        callback(new OutboundRefusedError(`the address ${options.hostname} is internal`, "address"), null);
        return;
      }
      connect(options, (err, socket) => {
        if (err || !socket) return callback(err ?? new Error("no connection"), null);
        const address = socket.remoteAddress ?? "";
        if (!isAddressAllowed(address, allow)) {
          socket.destroy();
          return callback(new OutboundRefusedError(`${options.hostname} is at an internal address`, "address"), null);
        }
        callback(null, socket);
      });
    },
    keepAliveTimeout: 4000,
    connections: 64,
  });

  async function send(url: URL, init: OutboundRequest, signal: AbortSignal, redirects: number): Promise<OutboundResponse> {
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new OutboundRefusedError(`${url.protocol} addresses are not allowed`, "scheme");
    const res = await request(url, {
      method: init.method as "GET", headers: init.headers, body: init.body, dispatcher: agent, signal,
      headersTimeout: init.timeoutMs, bodyTimeout: init.timeoutMs,
    });
    const location = res.headers.location;
    if (res.statusCode >= 300 && res.statusCode < 400 && typeof location === "string") {
      await res.body.dump();
      if (redirects >= maxRedirects) throw new OutboundRefusedError(`more than ${maxRedirects} redirects`, "redirects");
      // 303 (and 301/302 after a POST, as browsers do) continue as GET without a body.
      const keepMethod = res.statusCode === 307 || res.statusCode === 308;
      const next: OutboundRequest = keepMethod ? init : { ...init, method: "GET", body: undefined };
      return send(new URL(location, url), next, signal, redirects + 1);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > maxResponseBytes) {
        res.body.destroy();
        throw new OutboundRefusedError(`the answer is larger than ${maxResponseBytes} bytes`, "too-large");
      }
      chunks.push(chunk as Buffer);
    }
    const contentType = res.headers["content-type"];
    return { status: res.statusCode, contentType: typeof contentType === "string" ? contentType : null, text: Buffer.concat(chunks).toString("utf8") };
  }

  return {
    /** Sends one request; throws OutboundRefusedError for what the guard refuses, and the usual errors for the rest. */
    request(url: string, init: OutboundRequest): Promise<OutboundResponse> {
      return send(new URL(url), init, AbortSignal.timeout(init.timeoutMs), 0);
    },
    close: () => agent.close(),
  };
}

export type OutboundClient = ReturnType<typeof createOutboundClient>;
