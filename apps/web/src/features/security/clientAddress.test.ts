import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, installClientAddressStamp, parseTrustedProxies, resolveClientAddress } from "./clientAddress";

describe("resolveClientAddress", () => {
  const none = parseTrustedProxies(undefined);
  const loopbackAndLan = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");

  it("with no trusted proxies, a forged X-Forwarded-For changes nothing: the socket's address counts", () => {
    expect(resolveClientAddress("198.51.100.7", "203.0.113.9", none)).toBe("198.51.100.7");
    expect(resolveClientAddress("::ffff:198.51.100.7", "1.1.1.1, 2.2.2.2", none)).toBe("198.51.100.7");
  });

  it("behind trusted proxies, takes the right-most address that is not a proxy", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.9", loopbackAndLan)).toBe("203.0.113.9");
    // The client wrote 6.6.6.6 itself; the load balancer 10.1.2.3 appended what it saw.
    expect(resolveClientAddress("::ffff:127.0.0.1", "6.6.6.6, 203.0.113.9, 10.1.2.3", loopbackAndLan)).toBe("203.0.113.9");
    expect(resolveClientAddress("127.0.0.1", "[2001:db8::1]:4711", loopbackAndLan)).toBe("2001:db8::1");
    expect(resolveClientAddress("127.0.0.1", undefined, loopbackAndLan)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "not-an-address", loopbackAndLan)).toBe("127.0.0.1");
  });

  it("a peer outside the trusted list is believed for nothing", () => {
    expect(resolveClientAddress("192.0.2.10", "203.0.113.9", loopbackAndLan)).toBe("192.0.2.10");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address, naming it", () => {
    expect(() => parseTrustedProxies("127.0.0.1, proxy.example.com")).toThrow(/"proxy\.example\.com" is not an IP address/);
  });
});

describe("installClientAddressStamp on a real HTTP server", () => {
  let uninstall: (() => void) | undefined;
  let server: http.Server | undefined;
  afterEach(async () => {
    uninstall?.();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function send(headers: Record<string, string>) {
    server = http.createServer((request, response) => response.end(JSON.stringify(request.headers)));
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
    return (await response.json()) as Record<string, string | undefined>;
  }

  it("an untrusted peer's X-Forwarded-* and forged stamp are dropped; the stamp is the socket address", async () => {
    uninstall = installClientAddressStamp(parseTrustedProxies(""));
    const seen = await send({ "x-forwarded-for": "203.0.113.9", "x-forwarded-host": "evil.example", [CLIENT_ADDRESS_HEADER]: "192.0.2.1" });
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
    expect(seen["x-forwarded-for"]).toBeUndefined();
    expect(seen["x-forwarded-host"]).toBeUndefined();
  });

  it("a trusted proxy's X-Forwarded-For gives the client's address", async () => {
    uninstall = installClientAddressStamp(parseTrustedProxies("127.0.0.0/8"));
    const seen = await send({ "x-forwarded-for": "203.0.113.9", "x-forwarded-host": "centrala.example" });
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.9");
    expect(seen["x-forwarded-host"]).toBe("centrala.example");
  });
});
