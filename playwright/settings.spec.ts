import { expect, test } from "./fixtures";
import { expectAccessible } from "./expectAccessible";
import { closeToasts } from "./numbersHelpers";

test.describe.configure({ timeout: 180_000 });
// A phone-sized screen (390 px): the settings must be usable there too.
test.use({ viewport: { width: 390, height: 844 }, contextOptions: { reducedMotion: "reduce" } });

async function expectNoSidewaysScroll(page: import("@playwright/test").Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test("an owner sets the organisation's name, time zone, voice and fallback on a phone", async ({ signedInTenant: { page, tenantName } }) => {
  await page.getByTestId("nav-settings").click();
  await page.waitForURL("**/settings");
  await expect(page.getByLabel("Organisation name")).toHaveValue(tenantName);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, "the settings page at 390 px");

  const renamed = `${tenantName} Kraków`;
  await page.getByLabel("Organisation name").fill(renamed);
  await page.getByTestId("timezone").click();
  await page.getByLabel("Search time zones").fill("London");
  await expectAccessible(page, "the time zone list");
  await page.getByRole("option", { name: "Europe/London" }).click();
  await expect(page.getByTestId("timezone")).toHaveText("Europe/London");
  await page.getByTestId("language").click();
  await page.getByRole("option", { name: "English (UK)" }).click();
  await page.getByLabel("Voice").fill("en-GB-Standard-A");
  await page.getByLabel("Fallback number").fill("123");
  await page.getByLabel("Recording announcement").fill("This call may be recorded.");
  await expect(page.getByLabel("Delete call recordings after (days)")).toHaveValue("90");
  await page.getByLabel("Delete call recordings after (days)").fill("0");
  await page.getByTestId("settings-save").click();
  await expect(page.getByTestId("error-fallbackNumber")).toContainText("Write a whole international number");
  await expect(page.getByTestId("error-recordingRetentionDays")).toContainText("from 1 to 3650");
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, "the settings page with an error");

  await page.getByLabel("Fallback number").fill("+48 22 123 45 67");
  await page.getByLabel("Delete call recordings after (days)").fill("30");
  await page.getByTestId("settings-save").click();
  await expect(page.getByText("Settings saved. The next call uses them.")).toBeVisible();
  await expect(page.getByTestId("tenant-name")).toHaveText(renamed);

  await page.reload();
  await expect(page.getByLabel("Organisation name")).toHaveValue(renamed);
  await expect(page.getByTestId("timezone")).toHaveText("Europe/London");
  await expect(page.getByTestId("language")).toHaveText("English (UK)");
  await expect(page.getByLabel("Voice")).toHaveValue("en-GB-Standard-A");
  await expect(page.getByLabel("Fallback number")).toHaveValue("+48 22 123 45 67");
  await expect(page.getByLabel("Recording announcement")).toHaveValue("This call may be recorded.");
  await expect(page.getByLabel("Delete call recordings after (days)")).toHaveValue("30");
});

test("po polsku: ustawienia z błędem po polsku", async ({ signedInTenant: { page } }) => {
  await page.getByTestId("locale-pl").click();
  await expect(page.getByTestId("locale-pl")).toHaveAttribute("aria-pressed", "true");
  await page.goto("/settings");
  await expect(page.getByTestId("page-title")).toHaveText("Ustawienia");
  await page.getByLabel("Nazwa organizacji").fill("");
  await page.getByTestId("settings-save").click();
  await expect(page.getByTestId("error-name")).toContainText("Podaj nazwę organizacji.");
  await page.getByLabel("Nazwa organizacji").fill("Przychodnia Zdrowie");
  await page.getByTestId("timezone").click();
  await page.getByLabel("Szukaj strefy czasowej").fill("Warsaw");
  await page.getByRole("option", { name: "Europe/Warsaw" }).click();
  await page.getByTestId("settings-save").click();
  await expect(page.getByText("Ustawienia zapisane. Obowiązują od następnego połączenia.")).toBeVisible();
  await expect(page.getByTestId("tenant-name")).toHaveText("Przychodnia Zdrowie");
  await closeToasts(page);
  await expectAccessible(page, "ustawienia");
});
