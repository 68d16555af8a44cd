import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { createFlowThroughUi, expect, makeClientAddress, makeTenantAccount, signInThroughUi, signUpThroughUi, test } from "./fixtures";

test("a new organisation signs up, lands on its empty flows, signs out and back in", async ({ page }, testInfo) => {
  const account = await signUpThroughUi(page, makeTenantAccount("Przychodnia"));
  await expect(page.getByTestId("page-title")).toHaveText("Flows");
  await expect(page.getByTestId("flows-empty")).toContainText("No flows yet");
  await expect(page.getByRole("link", { name: "New flow" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("flows-empty.png"), fullPage: true });

  await page.getByTestId("sign-out").click();
  await page.waitForURL("**/login");
  await page.goto("/flows");
  await page.waitForURL(/\/login/);

  await signInThroughUi(page, account.email.toUpperCase(), account.password);
  await page.waitForURL("**/flows");
  await expect(page.getByTestId("tenant-name")).toHaveText(account.tenantName);
});

test("a wrong password or an unknown email gets the same error and keeps the email", async ({ signedInTenant: { page, email } }, testInfo) => {
  await page.getByTestId("sign-out").click();
  await page.waitForURL("**/login");
  await page.screenshot({ path: testInfo.outputPath("signin.png"), fullPage: true });

  await signInThroughUi(page, email, "Not-the-password-1");
  await expect(page.getByTestId("signin-error")).toHaveText("The email or password is not right. Check both and try again.");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page).toHaveURL(/\/login/);
  await page.screenshot({ path: testInfo.outputPath("signin-error.png"), fullPage: true });

  await signInThroughUi(page, `nobody-${randomUUID()}@example.com`, "Not-the-password-1");
  await expect(page.getByTestId("signin-error")).toHaveText("The email or password is not right. Check both and try again.");
});

test("five wrong passwords lock that account from that address for 15 minutes, not the owner elsewhere", async ({ page, browser }) => {
  const owner = await signUpInNewContext(page);
  await page.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signInThroughUi(page, owner.email, `Wrong-password-${attempt}`);
    await expect(page.getByTestId("signin-error")).toContainText("not right");
    await expect(page.getByTestId("signin-submit")).toBeEnabled();
  }
  // Even the right password is refused from here now.
  await signInThroughUi(page, owner.email, owner.password);
  await expect(page.getByTestId("signin-error")).toHaveText("Too many attempts, try again in 15 minutes.");
  await page.getByTestId("locale-pl").click();
  await signInThroughUi(page, owner.email, owner.password);
  await expect(page.getByTestId("signin-error")).toHaveText("Zbyt wiele prób, spróbuj ponownie za 15 minut.");

  // The owner, at another address, is not locked out by what a stranger typed.
  const elsewhere = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": makeClientAddress() } });
  const ownerPage = await elsewhere.newPage();
  await ownerPage.goto("/login");
  await signInThroughUi(ownerPage, owner.email, owner.password);
  await ownerPage.waitForURL("**/flows");
  await elsewhere.close();
});

test("sign-up explains each problem next to its field and keeps what was typed", async ({ page }, testInfo) => {
  await page.goto("/signup");
  await page.getByTestId("signup-submit").click();
  for (const field of ["tenantName", "name", "email", "password"]) {
    await expect(page.getByTestId(`error-${field}`)).toHaveText(/This field is required\./);
  }

  await page.getByLabel("Organisation name").fill("Hurtownia Kowalski");
  await page.getByLabel("Your name").fill("Jan Kowalski");
  await page.getByLabel("Work email").fill("jan@kowalski");
  await page.getByLabel("Password").fill("abcdef");
  await page.getByTestId("signup-submit").click();
  await expect(page.getByTestId("error-email")).toHaveText(/Enter an email address like name@company\.com\./);
  await expect(page.getByTestId("error-password")).toContainText("Use at least 10 characters (now 6).");
  await expect(page.getByTestId("error-password")).toContainText("It has only lowercase letters: add a capital letter, a digit or a symbol.");
  await expect(page.getByTestId("error-tenantName")).toHaveCount(0);
  await expect(page.getByLabel("Organisation name")).toHaveValue("Hurtownia Kowalski");
  await expect(page.getByLabel("Work email")).toHaveValue("jan@kowalski");
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: testInfo.outputPath("signup-errors.png"), fullPage: true });

  const taken = await signUpInNewContext(page);
  await page.getByLabel("Work email").fill(taken.email);
  await page.getByLabel("Password").fill("Mocne-haslo-2026");
  await page.getByTestId("signup-submit").click();
  await expect(page.getByTestId("error-email")).toHaveText(/An account with this email already exists/);
  await expect(page).toHaveURL(/\/signup/);
});

test("another tenant cannot open, change or delete a flow, in pages or the API", async ({ signedInTenant: { page }, browser }, testInfo) => {
  const flowId = await createFlowThroughUi(page, "Linia główna");
  // A new flow opens in the editor; its state, numbers, rename and delete live on its settings page.
  await page.getByTestId("flow-settings-link").click();
  await page.waitForURL(`**/flows/${flowId}/settings`);
  await expect(page.getByTestId("flow-state")).toHaveText("Draft");
  await expect(page.getByTestId("flow-numbers-none")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("flow-detail.png"), fullPage: true });
  await page.goto("/flows");
  await expect(page.getByTestId("flow-link")).toHaveText(["Linia główna"]);
  await page.screenshot({ path: testInfo.outputPath("flows-list.png"), fullPage: true });

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUpThroughUi(other, makeTenantAccount("Konkurencja"));
  const api = `/api/flows/${flowId}`;
  const response = await other.goto(`/flows/${flowId}`);
  expect(response?.status()).toBe(404);
  await expect(other.getByTestId("not-found")).toContainText("Page not found");
  await expect(other.getByText("Linia główna")).toHaveCount(0);
  await other.screenshot({ path: testInfo.outputPath("not-found.png"), fullPage: true });
  expect((await other.goto(`/flows/${flowId}/settings`))?.status()).toBe(404);
  for (const path of ["versions", "versions/1", "numbers"]) expect((await other.request.get(`${api}/${path}`)).status()).toBe(404);
  expect((await other.request.put(`${api}/draft`, { data: { draft: { version: 1, nodes: [], edges: [] }, revision: 0 } })).status()).toBe(404);
  expect((await other.request.post(`${api}/publish`, { data: { note: "" } })).status()).toBe(404);

  expect((await other.request.get(api)).status()).toBe(404);
  expect((await other.request.patch(api, { data: { name: "Przejęty" } })).status()).toBe(404);
  expect((await other.request.delete(api)).status()).toBe(404);
  expect(await (await other.request.get("/api/flows")).json()).toEqual({ flows: [] });
  await otherContext.close();

  const read = await page.request.get(api);
  expect(read.status()).toBe(200);
  expect(await read.json()).toMatchObject({ flow: { id: flowId, name: "Linia główna", state: "draft" } });
  const renamed = await page.request.patch(api, { data: { name: "Linia główna (nowa)" } });
  expect(renamed.status()).toBe(200);
  expect(await renamed.json()).toMatchObject({ flow: { name: "Linia główna (nowa)" } });
  const invalid = await page.request.patch(api, { data: { name: "" } });
  expect(invalid.status()).toBe(400);
  expect(await invalid.json()).toMatchObject({ error: { code: "VALIDATION", issues: [{ path: "name" }] } });
  expect((await page.request.delete(api)).status()).toBe(200);
  expect((await page.request.get(api)).status()).toBe(404);
});

test("signed out, pages redirect to /login and the API answers 401", async ({ page, request }) => {
  await page.goto("/flows");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByTestId("signin-form")).toBeVisible();
  expect((await request.get("/api/flows")).status()).toBe(401);
  expect((await request.get("/api/flows/anything")).status()).toBe(401);
});

test("signing in returns to the page that asked for it", async ({ signedInTenant: { page, email, password } }) => {
  const flowId = await createFlowThroughUi(page, "Recepcja");
  await page.getByTestId("sign-out").click();
  await page.waitForURL("**/login");
  await page.goto(`/flows/${flowId}`);
  await page.waitForURL(/\/login\?callbackUrl=/);
  await signInThroughUi(page, email, password);
  await page.waitForURL(`**/flows/${flowId}`);
  await expect(page.getByTestId("flow-name")).toHaveText("Recepcja");
});

test("in Polish, sign-up and the flows page speak Polish", async ({ page, browser }, testInfo) => {
  await page.goto("/signup");
  await page.getByTestId("locale-pl").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Załóż konto w Centrali");

  const account = makeTenantAccount("Kwiaciarnia");
  await page.getByLabel("Nazwa organizacji").fill(account.tenantName);
  await page.getByLabel("Imię i nazwisko").fill(account.name);
  await page.getByLabel("Służbowy adres e-mail").fill(account.email);
  await page.getByLabel("Hasło").fill("1234567");
  await page.getByTestId("signup-submit").click();
  await expect(page.getByTestId("error-password")).toContainText("Hasło musi mieć co najmniej 10 znaków (teraz: 7).");
  await expect(page.getByTestId("error-password")).toContainText("Hasło ma tylko cyfry: dodaj literę lub symbol.");
  await page.screenshot({ path: testInfo.outputPath("signup-errors-pl.png"), fullPage: true });

  await page.getByLabel("Hasło").fill(account.password);
  await page.getByTestId("signup-submit").click();
  await page.waitForURL("**/flows");
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByTestId("page-title")).toHaveText("Scenariusze");
  await expect(page.getByTestId("flows-empty")).toContainText("Nie masz jeszcze scenariuszy");

  // The language is remembered on the account: a browser that never chose one gets it after signing in.
  await page.getByTestId("sign-out").click();
  await page.waitForURL("**/login");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zaloguj się do Centrali");
  const fresh = await browser.newContext({ locale: "en-GB" });
  const elsewhere = await fresh.newPage();
  await elsewhere.goto("/login");
  await expect(elsewhere.getByRole("heading", { level: 1 })).toHaveText("Sign in to Centrala");
  await signInThroughUi(elsewhere, account.email, account.password);
  await elsewhere.waitForURL("**/flows");
  await expect(elsewhere.getByTestId("page-title")).toHaveText("Scenariusze");

  // Switching while signed in changes the page at once and sticks to the account too.
  await elsewhere.getByTestId("locale-en").click();
  await expect(elsewhere.getByTestId("page-title")).toHaveText("Flows");
  await expect(elsewhere.locator("html")).toHaveAttribute("lang", "en");
  await fresh.close();
  await page.goto("/login");
  await signInThroughUi(page, account.email, account.password);
  await page.waitForURL("**/flows");
  await expect(page.getByTestId("page-title")).toHaveText("Flows");
});

test("a flow can be renamed and deleted from its page", async ({ signedInTenant: { page } }, testInfo) => {
  await page.getByTestId("new-flow").click();
  await page.waitForURL("**/flows/new");
  await page.getByTestId("create-flow").click();
  await expect(page.getByTestId("error-name")).toHaveText(/This field is required\./);
  await page.getByLabel("Flow name").fill("Po godzinach");
  await page.getByTestId("create-flow").click();
  await page.waitForURL(/\/flows\/(?!new)[^/]+$/);
  await page.getByTestId("flow-settings-link").click();

  const rename = page.getByTestId("rename-flow-form");
  await rename.getByLabel("Flow name").fill("Nocna obsługa");
  await rename.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByTestId("flow-name")).toHaveText("Nocna obsługa");
  await expect(rename.getByRole("status")).toHaveText("Name saved.");

  await page.getByTestId("delete-flow").click();
  await expect(page.getByTestId("delete-flow-confirm")).toContainText("Delete “Nocna obsługa”? This cannot be undone.");
  await page.screenshot({ path: testInfo.outputPath("flow-delete-confirm.png"), fullPage: true });
  await page.getByTestId("delete-flow-yes").click();
  await page.waitForURL("**/flows");
  await expect(page.getByTestId("flows-empty")).toBeVisible();
});

/** Signs up a throwaway tenant in its own browser context and returns its account. */
async function signUpInNewContext(page: Page) {
  const browser = page.context().browser();
  if (!browser) throw new Error("This helper needs a launched browser");
  const context = await browser.newContext();
  try {
    return await signUpThroughUi(await context.newPage());
  } finally {
    await context.close();
  }
}
