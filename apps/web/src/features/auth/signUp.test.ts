import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, findUserForLogin } from "@centrala/db";
import { RATE_LIMITS } from "./rateLimits";
import { signUp } from "./signUp";

vi.mock("server-only", () => ({}));

const prisma = createPrismaClient(undefined, 2);
afterAll(() => prisma.$disconnect());

const uniqueEmail = () => `owner-${randomUUID()}@example.com`;
const validInput = () => ({ tenantName: "Biuro Rachunkowe Nowak", name: "Anna Nowak", email: uniqueEmail(), password: "centrala-2026" });

describe("signUp", () => {
  it("creates the tenant with the person as owner and stores an argon2id hash", async () => {
    const input = validInput();
    const result = await signUp(prisma, { ...input, email: `  ${input.email.toUpperCase()} ` }, "pl");
    expect(result.ok).toBe(true);
    const user = await findUserForLogin(prisma, input.email);
    expect(user?.memberships).toEqual([{ tenantId: result.ok ? result.tenantId : "", role: "owner", tenantName: "Biuro Rachunkowe Nowak" }]);
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.passwordHash).not.toContain(input.password);
    expect(user?.locale).toBe("pl");
  });

  it("refuses an email that already has an account, whatever its case", async () => {
    const input = validInput();
    expect((await signUp(prisma, input, "en")).ok).toBe(true);
    const again = await signUp(prisma, { ...validInput(), email: input.email.toUpperCase() }, "en");
    expect(again).toEqual({ ok: false, fieldErrors: { email: [{ key: "errors.emailTaken" }] } });
  });

  it("names every missing field", async () => {
    const result = await signUp(prisma, { tenantName: " ", name: "", email: "", password: "" }, "en");
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        tenantName: [{ key: "errors.required" }],
        name: [{ key: "errors.required" }],
        email: [{ key: "errors.required" }],
        password: [{ key: "errors.required" }],
      },
    });
  });

  it("treats absent form fields as missing", async () => {
    const result = await signUp(prisma, {}, "en");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["email", "name", "password", "tenantName"]);
  });

  it("rejects an invalid email and a weak password, saying what is wrong", async () => {
    const result = await signUp(prisma, { ...validInput(), email: "anna@", password: "short" }, "en");
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        email: [{ key: "errors.emailInvalid" }],
        password: [{ key: "password.tooShort", params: { min: 10, actual: 5 } }, { key: "password.onlyLower" }],
      },
    });
  });

  it("creates nothing when the form is invalid", async () => {
    const email = uniqueEmail();
    await signUp(prisma, { ...validInput(), email, password: "1234567890" }, "en");
    expect(await findUserForLogin(prisma, email)).toBeNull();
  });

  it("rejects names longer than 100 characters", async () => {
    const result = await signUp(prisma, { ...validInput(), tenantName: "x".repeat(101) }, "en");
    expect(result).toEqual({ ok: false, fieldErrors: { tenantName: [{ key: "errors.tooLong", params: { max: 100 } }] } });
  });

  it("stops the 11th new organisation from one address within the hour, saying how long to wait", async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    for (let i = 0; i < RATE_LIMITS.signUpByAddress.points; i++) expect((await signUp(prisma, validInput(), "en", { address })).ok).toBe(true);
    const refused = await signUp(prisma, validInput(), "en", { address });
    expect(refused).toMatchObject({ ok: false, fieldErrors: {} });
    expect(refused.ok === false && "retryAfterSeconds" in refused && refused.retryAfterSeconds).toBeGreaterThan(59 * 60);
    expect((await signUp(prisma, validInput(), "en", { address: `${address}-elsewhere` })).ok).toBe(true);
  });

  it("stops probing one e-mail address from many addresses after 5 attempts", async () => {
    const input = validInput();
    expect((await signUp(prisma, input, "en", { address: randomUUID() })).ok).toBe(true);
    for (let i = 1; i < RATE_LIMITS.signUpByAccount.points; i++) {
      expect(await signUp(prisma, { ...validInput(), email: input.email }, "en", { address: randomUUID() })).toEqual({ ok: false, fieldErrors: { email: [{ key: "errors.emailTaken" }] } });
    }
    expect(await signUp(prisma, { ...validInput(), email: input.email }, "en", { address: randomUUID() })).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
  });

  it("does not count a form with mistakes against the address", async () => {
    const address = randomUUID();
    for (let i = 0; i < RATE_LIMITS.signUpByAddress.points + 2; i++) {
      expect((await signUp(prisma, { ...validInput(), password: "short" }, "en", { address })).ok).toBe(false);
    }
    expect((await signUp(prisma, validInput(), "en", { address })).ok).toBe(true);
  });
});
