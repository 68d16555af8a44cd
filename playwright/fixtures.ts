import { randomBytes, randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";

export { expect };

export type TenantAccount = { email: string; password: string; tenantName: string; name: string };
export type SignedInTenant = TenantAccount & { page: Page };

/** A fresh, unique account (a new email per call, so runs never collide). */
export function makeTenantAccount(label = "Biuro"): TenantAccount {
  const id = randomUUID().slice(0, 8);
  return { email: `e2e-${id}@example.com`, password: "Centrala-e2e-2026", tenantName: `${label} ${id}`, name: `Tester ${id}` };
}

/** Signs a new tenant up through the sign-up form and waits for its flows page. */
export async function signUpThroughUi(page: Page, account: TenantAccount = makeTenantAccount()): Promise<TenantAccount> {
  await page.goto("/signup");
  await page.getByLabel(/organisation name|nazwa organizacji/i).fill(account.tenantName);
  await page.getByLabel(/your name|imię i nazwisko/i).fill(account.name);
  await page.getByLabel(/email|e-mail/i).fill(account.email);
  await page.getByLabel(/password|hasło/i).fill(account.password);
  await page.getByTestId("signup-submit").click();
  await page.waitForURL("**/flows");
  await expect(page.getByTestId("tenant-name")).toHaveText(account.tenantName);
  return account;
}

/** Signs in through the sign-in form (does not wait for where it lands). */
export async function signInThroughUi(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(/email|e-mail/i).fill(email);
  await page.getByLabel(/password|hasło/i).fill(password);
  await page.getByTestId("signin-submit").click();
}

/** Creates a flow through the "New flow" form and returns its id (from the URL it opens). */
export async function createFlowThroughUi(page: Page, name: string): Promise<string> {
  await page.goto("/flows/new");
  await page.getByLabel(/flow name|nazwa scenariusza/i).fill(name);
  await page.getByTestId("create-flow").click();
  await page.waitForURL(/\/flows\/(?!new)[^/]+$/);
  // The editor's outline shows at once; its content follows when the server has it ready.
  await expect(page.getByTestId("flow-name")).toHaveText(name, { timeout: 30_000 });
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

/**
 * A client address of its own (IPv6 documentation range), sent as X-Forwarded-For: the test web
 * server trusts loopback as a proxy (TRUSTED_PROXIES), so per-address rate limits see each test as
 * a different visitor and never carry over between tests or reruns.
 */
export function makeClientAddress(): string {
  const groups = Array.from({ length: 6 }, () => randomBytes(2).toString("hex"));
  return `2001:db8:${groups.join(":")}`;
}

export const test = base.extend<{ signedInTenant: SignedInTenant }>({
  extraHTTPHeaders: async ({}, use) => {
    await use({ "x-forwarded-for": makeClientAddress() });
  },
  /** A brand-new tenant, signed in through the UI, on its (empty) flows page. */
  signedInTenant: async ({ page }, use) => {
    const account = await signUpThroughUi(page);
    await use({ ...account, page });
  },
});
