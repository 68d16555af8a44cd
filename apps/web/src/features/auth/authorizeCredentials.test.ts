import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@centrala/db";
import { authorizeCredentials } from "./authorizeCredentials";
import { RATE_LIMITS } from "./rateLimits";
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

  it("five wrong passwords stop that address for that account for 15 minutes; the owner elsewhere still gets in", async () => {
    const target = await newAccount();
    const attacker = freshIp();
    for (let i = 0; i < RATE_LIMITS.signInByAddressAndAccount.points; i++) {
      expect(await authorizeCredentials(prisma, { email: target, password: "nope-nope-1", ip: attacker })).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await authorizeCredentials(prisma, { email: target, password, ip: attacker });
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
    if (!blocked.ok && blocked.reason === "rate_limited") {
      expect(blocked.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
    // The same address may still try other accounts, and the owner signs in from their own.
    expect((await authorizeCredentials(prisma, { email, password, ip: attacker })).ok).toBe(true);
    expect((await authorizeCredentials(prisma, { email: target, password, ip: freshIp() })).ok).toBe(true);
  });

  it("a wrong-password flood from many addresses never locks the owner out of an address they signed in from", async () => {
    const target = await newAccount();
    const home = freshIp();
    expect((await authorizeCredentials(prisma, { email: target, password, ip: home })).ok).toBe(true);
    for (let i = 0; i < RATE_LIMITS.signInByAccount.points; i++) {
      expect(await authorizeCredentials(prisma, { email: target, password: `guess-${i}-abc`, ip: freshIp() })).toEqual({ ok: false, reason: "invalid" });
    }
    // Addresses the account never signed in from are refused now, even with the right password...
    expect(await authorizeCredentials(prisma, { email: target, password, ip: freshIp() })).toMatchObject({ ok: false, reason: "rate_limited" });
    // ...but the owner, from where they signed in before, is not.
    expect((await authorizeCredentials(prisma, { email: target, password, ip: home })).ok).toBe(true);
  });

  it("stops an address after 100 failed attempts across accounts, and successes do not count", async () => {
    const ip = freshIp();
    for (let i = 0; i < 3; i++) expect((await authorizeCredentials(prisma, { email, password, ip })).ok).toBe(true);
    for (let i = 0; i < RATE_LIMITS.signInByAddress.points; i++) {
      expect(await authorizeCredentials(prisma, { email: `spray-${randomUUID()}@example.com`, password: "guess-1234", ip })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authorizeCredentials(prisma, { email, password, ip })).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("forgets an address's failed attempts on an account after a successful sign-in", async () => {
    const target = await newAccount();
    const ip = freshIp();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < RATE_LIMITS.signInByAddressAndAccount.points - 1; i++) {
        await authorizeCredentials(prisma, { email: target, password: "nope-nope-1", ip });
      }
      expect((await authorizeCredentials(prisma, { email: target, password, ip })).ok).toBe(true);
    }
  });
});

async function newAccount(): Promise<string> {
  const target = `limited-${randomUUID()}@example.com`;
  const created = await signUp(prisma, { tenantName: "Limited", name: "L", email: target, password }, "en");
  if (!created.ok) throw new Error("sign-up failed in test setup");
  return target;
}
