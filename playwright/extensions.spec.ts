import { expect, test } from "./fixtures";
import { expectAccessible } from "./expectAccessible";
import { publishTemplateThroughApi, signUpStranger } from "./buildScreensHelpers";

test.describe.configure({ timeout: 180_000 });

test("extensions are added, edited, given new credentials, and kept while a published flow rings them", async ({ signedInTenant: { page }, browser }) => {
  await page.goto("/extensions");
  await expect(page.getByTestId("extensions-empty")).toContainText("Add an extension");
  await expectAccessible(page, "empty extensions");

  await page.getByTestId("extensions-empty").getByTestId("add-extension").click();
  await page.getByLabel("Extension number").fill("1");
  await page.getByLabel("Name", { exact: true }).fill("Reception");
  await page.getByTestId("extension-save").click();
  await expect(page.getByTestId("error-number")).toContainText("2 to 6 digits");
  await page.getByLabel("Extension number").fill("101");
  await page.getByRole("switch", { name: "Voicemail box" }).click();
  await expectAccessible(page, "add extension dialog");
  await page.getByTestId("extension-save").click();

  const credentials = page.getByTestId("sip-credentials");
  await expect(credentials).toContainText("shown only this once");
  await expect(page.getByTestId("sip-username")).toHaveText("101");
  const firstPassword = (await page.getByTestId("sip-password").textContent()) ?? "";
  expect(firstPassword.length).toBeGreaterThan(11);
  await page.getByTestId("copy-sip-password").click();
  await expect(page.getByTestId("copy-sip-password")).toContainText("Copied");
  await page.getByTestId("sip-credentials-done").click();
  await expect(credentials).toBeHidden();
  await expect(page.getByTestId("extension-table")).toContainText("Reception");

  // The same number again: the server's refusal names it next to the field.
  await page.getByTestId("add-extension").click();
  await page.getByLabel("Extension number").fill("101");
  await page.getByLabel("Name", { exact: true }).fill("Twice");
  await page.getByTestId("extension-save").click();
  await expect(page.getByTestId("error-number")).toContainText("101 already exists");
  await page.getByLabel("Extension number").fill("102");
  await page.getByLabel("Name", { exact: true }).fill("Sales desk");
  await page.getByTestId("extension-save").click();
  await page.getByTestId("sip-credentials-done").click();

  await page.getByTestId("edit-extension-102").click();
  await page.getByLabel("Forward to an outside number").fill("0601");
  await page.getByTestId("extension-save").click();
  await expect(page.getByTestId("error-forwardTo")).toContainText("whole international number");
  await page.getByLabel("Forward to an outside number").fill("+48601234567");
  await page.getByTestId("extension-save").click();
  await expect(page.getByTestId("extension-table")).toContainText("+48 601 234 567");

  await page.getByTestId("edit-extension-102").click();
  await page.getByTestId("reset-credentials").click();
  await page.getByTestId("confirm-reset-credentials").getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByTestId("sip-username")).toHaveText("102");
  await expect(page.getByTestId("sip-password")).not.toHaveText(firstPassword);
  await page.getByTestId("sip-credentials-done").click();
  await expectAccessible(page, "extensions table");

  // A published flow rings 101: deleting it is refused with the flow named.
  await publishTemplateThroughApi(page.request, "reception", "Front desk", { extensions: { reception: { use: "101" } } });
  await page.getByTestId("delete-extension-101").click();
  await page.getByTestId("confirm-delete-extension").getByRole("button", { name: "Delete extension" }).click();
  await expect(page.getByTestId("in-use-notice")).toContainText("Front desk");
  await expect(page.getByTestId("in-use-notice").getByRole("link", { name: "Front desk" })).toBeVisible();
  await page.getByTestId("delete-extension-102").click();
  await page.getByTestId("confirm-delete-extension").getByRole("button", { name: "Delete extension" }).click();
  await expect(page.getByTestId("extension-table")).not.toContainText("Sales desk");
  await page.reload();
  await expect(page.getByTestId("extension-table")).toContainText("Reception");
  await expect(page.getByTestId("extension-table")).not.toContainText("Sales desk");

  // Another organisation sees none of it and cannot change it.
  const id = ((await (await page.request.get("/api/extensions")).json()) as { extensions: { id: string }[] }).extensions[0]?.id ?? "";
  const stranger = await signUpStranger(browser);
  try {
    expect(((await (await stranger.page.request.get("/api/extensions")).json()) as { extensions: unknown[] }).extensions).toEqual([]);
    expect((await stranger.page.request.get(`/api/extensions/${id}`)).status()).toBe(404);
    expect((await stranger.page.request.patch(`/api/extensions/${id}`, { data: { name: "Taken" } })).status()).toBe(404);
    expect((await stranger.page.request.post(`/api/extensions/${id}/credentials`)).status()).toBe(404);
    expect((await stranger.page.request.delete(`/api/extensions/${id}`)).status()).toBe(404);
    await stranger.page.goto("/extensions");
    await expect(stranger.page.getByTestId("extensions-empty")).toBeVisible();
  } finally {
    await stranger.close();
  }
  await page.reload();
  await expect(page.getByTestId("extension-table")).toContainText("Reception");
});

test.describe("in Polish", () => {
  test.use({ locale: "pl-PL" });

  test("a Polish office adds an extension and reads every message in Polish", async ({ signedInTenant: { page } }) => {
    await page.goto("/extensions");
    await expect(page.getByTestId("page-title")).toHaveText("Numery wewnętrzne");
    await page.getByTestId("extensions-empty").getByTestId("add-extension").click();
    await page.getByRole("textbox", { name: "Numer wewnętrzny", exact: true }).fill("12a");
    await page.getByLabel("Nazwa", { exact: true }).fill("Recepcja");
    await page.getByTestId("extension-save").click();
    await expect(page.getByTestId("error-number")).toContainText("od 2 do 6 cyfr");
    await page.getByRole("textbox", { name: "Numer wewnętrzny", exact: true }).fill("100");
    await page.getByLabel("Przekierowanie na numer zewnętrzny").fill("601");
    await page.getByTestId("extension-save").click();
    await expect(page.getByTestId("error-forwardTo")).toContainText("pełny numer międzynarodowy");
    await page.getByLabel("Przekierowanie na numer zewnętrzny").fill("");
    await page.getByTestId("extension-save").click();
    await expect(page.getByTestId("sip-credentials")).toContainText("tylko ten jeden raz");
    await expectAccessible(page, "dane SIP");
    await page.getByTestId("sip-credentials-done").click();
    await expect(page.getByTestId("extension-table")).toContainText("Recepcja");
    await expect(page.getByTestId("extension-table")).toContainText("Wyłączona");
  });
});
