import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@centrala/db";
import { authorizeCredentials, LOGIN_LIMITS } from "./authorizeCredentials";
import { signUp } from "./signUp";

vi.mock("server-only", () => ({}));

const prisma = createPrismaClient(undefined, 2);
afterAll(() => prisma.$disconnect());

const password = "Sekretne-haslo-1";
let email = "";
let tenantId = "";
const freshIp = () => `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}-${randomUUID()}`;

beforeAll(async () => {
  email = `signin-${randomUUID()}@example.com`;
  const result = await signUp(prisma, { tenantName: "Kancelaria Kowalski", name: "Jan Kowalski", email, password }, "pl");
  if (!result.ok) throw new Error("sign-up failed in test setup");
  tenantId = result.tenantId;
});

describe("authorizeCredentials", () => {
  it("returns the person, their tenant, role and language for the right password", async () => {
    const result = await authorizeCredentials(prisma, { email: email.toUpperCase(), password, ip: freshIp() });
    expect(result).toEqual({
      ok: true,
      user: { id: expect.any(String), email, name: "Jan Kowalski", tenantId, tenantName: "Kancelaria Kowalski", role: "owner", locale: "pl" },
    });
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const wrongPassword = await authorizeCredentials(prisma, { email, password: "Wrong-password-1", ip: freshIp() });
    const unknownEmail = await authorizeCredentials(prisma, { email: `nobody-${randomUUID()}@example.com`, password, ip: freshIp() });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("stops an email after 5 attempts, even with the right password, and says how long to wait", async () => {
    const target = `limited-${randomUUID()}@example.com`;
    await signUp(prisma, { tenantName: "Limited", name: "L", email: target, password }, "en");
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
      expect(await authorizeCredentials(prisma, { email: target, password: "nope-nope-1", ip: freshIp() })).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await authorizeCredentials(prisma, { email: target, password, ip: freshIp() });
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
    if (!blocked.ok && blocked.reason === "rate_limited") {
      expect(blocked.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
  });

  it("stops an IP address after 20 failed attempts across different emails", async () => {
    const ip = freshIp();
    for (let i = 0; i < LOGIN_LIMITS.perIp; i++) {
      await authorizeCredentials(prisma, { email: `spray-${randomUUID()}@example.com`, password: "guess-1234", ip });
    }
    expect(await authorizeCredentials(prisma, { email, password, ip })).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("does not count successful sign-ins against the IP address", async () => {
    const ip = freshIp();
    for (let i = 0; i < LOGIN_LIMITS.perIp + 5; i++) {
      expect((await authorizeCredentials(prisma, { email, password, ip })).ok).toBe(true);
    }
  });

  it("forgets an email's failed attempts after a successful sign-in", async () => {
    for (let i = 0; i < LOGIN_LIMITS.perEmail - 1; i++) {
      await authorizeCredentials(prisma, { email, password: "nope-nope-1", ip: freshIp() });
    }
    expect((await authorizeCredentials(prisma, { email, password, ip: freshIp() })).ok).toBe(true);
    for (let i = 0; i < LOGIN_LIMITS.perEmail - 1; i++) {
      await authorizeCredentials(prisma, { email, password: "nope-nope-1", ip: freshIp() });
    }
    expect((await authorizeCredentials(prisma, { email, password, ip: freshIp() })).ok).toBe(true);
  });
});
