import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy } from "./buildContentSecurityPolicy";

describe("buildContentSecurityPolicy", () => {
  it("allows scripts only with the nonce, and connections to us and the runtime's WebSocket", () => {
    const policy = buildContentSecurityPolicy({ nonce: "abc123", testCallWsUrl: "wss://runtime.example.com:8443/jambonz", https: false, development: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic';");
    expect(policy).toContain("connect-src 'self' wss://runtime.example.com:8443;");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("upgrades insecure requests behind HTTPS, and allows eval only in development (React's error overlay)", () => {
    expect(buildContentSecurityPolicy({ nonce: "n", testCallWsUrl: "ws://127.0.0.1:3200/jambonz", https: true, development: false })).toMatch(/; upgrade-insecure-requests$/);
    expect(buildContentSecurityPolicy({ nonce: "n", testCallWsUrl: "ws://127.0.0.1:3200/jambonz", https: false, development: true })).toContain("'strict-dynamic' 'unsafe-eval'");
  });
});
