import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutboundClient, isAddressAllowed, OutboundRefusedError, parseAllowNetworks } from "./createOutboundClient";

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/redirect-inside") return void res.writeHead(302, { location: "http://127.0.0.2:9/secret" }).end();
    if (req.url === "/redirect-here") return void res.writeHead(307, { location: "/ok" }).end();
    if (req.url === "/loop") return void res.writeHead(302, { location: "/loop" }).end();
    if (req.url === "/big") return void res.writeHead(200).end("x".repeat(300 * 1024));
    if (req.url === "/slow") return void setTimeout(() => res.writeHead(200).end("late"), 2000);
    let body = "";
    req.on("data", (c) => { body += c; });
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ method: req.method, body })));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise((resolve) => server.close(resolve)));

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (err: unknown) => (err instanceof OutboundRefusedError ? err.reason : `other: ${String(err)}`));

describe("outbound requests", () => {
  it("refuses loopback, private, link-local (metadata), carrier NAT and special addresses, IPv4 written as IPv6 too", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "not-an-ip"]) {
      expect(isAddressAllowed(address), address).toBe(false);
    }
    for (const address of ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"]) expect(isAddressAllowed(address), address).toBe(true);
  });

  it("lets the operator allow chosen internal networks", () => {
    const allow = parseAllowNetworks(["127.0.0.1/32", "10.1.0.0/16"]);
    expect(isAddressAllowed("127.0.0.1", allow)).toBe(true);
    expect(isAddressAllowed("127.0.0.2", allow)).toBe(false);
    expect(isAddressAllowed("10.1.200.3", allow)).toBe(true);
    expect(isAddressAllowed("10.2.0.1", allow)).toBe(false);
    expect(() => parseAllowNetworks(["10.0.0.0"])).toThrow(/CIDR/);
  });

  it("refuses a request to an internal address, by IP or by a name that resolves to one", async () => {
    const client = createOutboundClient();
    expect(await refusal(client.request(`${base}/ok`, { method: "GET", timeoutMs: 2000 }))).toBe("address");
    expect(await refusal(client.request(base.replace("127.0.0.1", "localhost") + "/ok", { method: "GET", timeoutMs: 2000 }))).toBe("address");
    expect(await refusal(client.request("ftp://127.0.0.1/x", { method: "GET", timeoutMs: 2000 }))).toBe("scheme");
    await client.close();
  });

  it("sends method, headers and body to an allowed address, and follows a redirect that stays allowed", async () => {
    const client = createOutboundClient({ allowNetworks: ["127.0.0.1/32"] });
    const res = await client.request(`${base}/ok`, { method: "PUT", headers: { "content-type": "application/json" }, body: '{"a":1}', timeoutMs: 2000 });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ method: "PUT", body: '{"a":1}' });
    const redirected = await client.request(`${base}/redirect-here`, { method: "POST", body: "kept", timeoutMs: 2000 });
    expect(JSON.parse(redirected.text)).toEqual({ method: "POST", body: "kept" });
    await client.close();
  });

  it("does not follow a redirect to an address outside the allowed ones, nor too many redirects", async () => {
    const client = createOutboundClient({ allowNetworks: ["127.0.0.1/32"] });
    expect(await refusal(client.request(`${base}/redirect-inside`, { method: "GET", timeoutMs: 2000 }))).toBe("address");
    expect(await refusal(client.request(`${base}/loop`, { method: "GET", timeoutMs: 2000 }))).toBe("redirects");
    await client.close();
  });

  it("caps the answer's size and the time it takes", async () => {
    const client = createOutboundClient({ allowNetworks: ["127.0.0.1/32"] });
    expect(await refusal(client.request(`${base}/big`, { method: "GET", timeoutMs: 2000 }))).toBe("too-large");
    const began = performance.now();
    const slow = await refusal(client.request(`${base}/slow`, { method: "GET", timeoutMs: 300 }));
    expect(slow).toMatch(/^other: .*(timeout|abort)/i);
    expect(performance.now() - began).toBeLessThan(1500);
    await client.close();
  });
});
