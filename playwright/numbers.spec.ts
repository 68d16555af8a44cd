import { expect, test } from "./fixtures";
import { expectAccessible } from "./expectAccessible";
import { closeToasts, insertPoolNumbers, publishFixtureFlow, takePoolNumberElsewhere } from "./numbersHelpers";

test.describe.configure({ timeout: 180_000 });
// Toasts and dialogs appear without their fade, so axe reads their final colours.
test.use({ contextOptions: { reducedMotion: "reduce" } });

const formatted = (e164: string) => `+48 22 ${e164.slice(5, 8)} ${e164.slice(8, 10)} ${e164.slice(10, 12)}`;

// An office gets its first number: searches the pool by city code, claims one (losing a race for
// another one with a clear message), routes it to a published flow, and releases it knowing which
// flow loses it.
test("an owner claims a Warsaw number, routes it to a flow and releases it", async ({ signedInTenant: { page } }) => {
  const pool = await insertPoolNumbers(3);
  const [first, second] = pool.e164 as [string, string];
  await publishFixtureFlow(page, "Recepcja");

  await page.getByTestId("nav-numbers").click();
  await page.waitForURL("**/numbers");
  await expect(page.getByTestId("numbers-empty")).toContainText("Search the pool below by city code");
  await expectAccessible(page, "the empty numbers page");

  await page.getByLabel("City code or start of the number").fill("Kraków");
  await page.getByTestId("pool-search-submit").click();
  await expect(page.getByTestId("numbers-error")).toContainText("is not the start of a number");

  await page.getByLabel("City code or start of the number").fill(pool.typed);
  await page.getByTestId("pool-search-submit").click();
  await expect(page.getByTestId("pool-count")).toHaveText(`3 free numbers start with +4822${pool.typed.slice(3)}`);
  await expect(page.getByTestId("pool-results").getByRole("listitem")).toHaveText(pool.e164.map((n) => new RegExp(formatted(n).replaceAll("+", "\\+"))));
  await expectAccessible(page, "the pool search results");

  // Someone else is quicker for the second number.
  await takePoolNumberElsewhere(second);
  await page.getByTestId(`claim-${second}`).click();
  await expect(page.getByTestId("numbers-error")).toContainText("was just claimed by someone else");
  await expect(page.getByTestId(`claim-${second}`)).toHaveCount(0);

  await page.getByTestId(`claim-${first}`).click();
  await expect(page.getByTestId("number-row")).toHaveCount(1);
  await expect(page.getByTestId("number-row")).toContainText(formatted(first));

  await page.getByTestId(`route-${first}`).click();
  await page.getByRole("option", { name: "Recepcja" }).click();
  await expect(page.getByText(`${formatted(first)} now rings into “Recepcja”.`)).toBeVisible();
  await closeToasts(page);
  await expectAccessible(page, "the numbers page with a routed number");

  await page.getByTestId(`release-${first}`).click();
  await expect(page.getByTestId("release-dialog")).toContainText("The flow “Recepcja” loses it");
  await expectAccessible(page, "the release confirmation");
  await page.getByRole("button", { name: "Release number" }).click();
  await expect(page.getByTestId("numbers-empty")).toBeVisible();
});

test("po polsku: numery wyświetlane i zwalniane po polsku", async ({ signedInTenant: { page } }) => {
  const pool = await insertPoolNumbers(1);
  const [only] = pool.e164 as [string];
  await page.getByTestId("locale-pl").click();
  await expect(page.getByTestId("locale-pl")).toHaveAttribute("aria-pressed", "true");
  await page.goto("/numbers");
  await expect(page.getByTestId("page-title")).toHaveText("Numery");
  await page.getByLabel("Numer kierunkowy lub początek numeru").fill(pool.typed);
  await page.getByTestId("pool-search-submit").click();
  await expect(page.getByTestId("pool-count")).toContainText("1 wolny numer zaczyna się od");
  await page.getByTestId(`claim-${only}`).click();
  await expect(page.getByTestId("number-row")).toContainText(formatted(only));
  await expect(page.getByTestId(`route-${only}`)).toHaveCount(0);
  await expect(page.getByTestId("number-row")).toContainText("Najpierw opublikuj scenariusz");
  await page.getByTestId(`release-${only}`).click();
  await expect(page.getByTestId("release-dialog")).toContainText("Numer wróci do puli");
  await page.getByRole("button", { name: "Zwolnij numer" }).click();
  await expect(page.getByTestId("numbers-empty")).toContainText("Nie masz jeszcze numeru");
  await closeToasts(page);
  await expectAccessible(page, "pusta strona numerów");
});
