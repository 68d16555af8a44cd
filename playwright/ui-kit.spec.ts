import { expect, test } from "./fixtures";
import { expectAccessible } from "./expectAccessible";

test.describe.configure({ timeout: 240_000 });

// The UI kit on one page (/ui-kit, on with UI_KIT_PAGE=1): each component works from the keyboard
// and axe finds nothing serious, closed and with each overlay open.
test("every UI kit component is usable by keyboard and passes axe", async ({ signedInTenant: { page } }) => {
  await page.goto("/ui-kit");
  await expect(page.getByTestId("ui-kit")).toBeVisible();
  await expectAccessible(page, "the UI kit page");

  // A focused button shows a visible ring.
  await page.getByTestId("kit-dialog-open").focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  const ring = await page.getByTestId("kit-dialog-open").evaluate((element) => getComputedStyle(element).boxShadow);
  expect(ring).not.toBe("none");

  await page.keyboard.press("Enter");
  await expect(page.getByTestId("kit-dialog")).toBeVisible();
  await expect(page.getByRole("dialog", { name: "Rename queue" })).toBeVisible();
  await expectAccessible(page, "an open dialog");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("kit-dialog")).toBeHidden();
  await expect(page.getByTestId("kit-dialog-open")).toBeFocused();

  await page.getByTestId("kit-confirm-open").click();
  const confirm = page.getByRole("alertdialog", { name: "Delete “Support”?" });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole("button", { name: "Keep it" })).toBeFocused();
  await expectAccessible(page, "a confirmation before deleting");
  await confirm.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByText("Deleted.")).toBeVisible();

  await page.getByTestId("kit-select").click();
  await page.getByRole("option", { name: "Round robin" }).click();
  await expect(page.getByTestId("kit-select")).toHaveText("Round robin");

  await page.getByTestId("kit-combobox").click();
  await page.getByRole("combobox", { name: "Search time zones" }).fill("tok");
  await expect(page.getByRole("option")).toHaveCount(1);
  await expectAccessible(page, "an open combobox");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("kit-combobox")).toHaveText("Asia/Tokyo");

  await page.getByTestId("kit-menu-open").click();
  await expect(page.getByRole("menuitem", { name: "Rename" })).toBeVisible();
  await expectAccessible(page, "an open menu");
  await page.keyboard.press("Escape");

  const table = page.getByTestId("kit-table");
  await table.getByRole("button", { name: "Calls today" }).click();
  await expect(table.getByRole("columnheader", { name: "Calls today" })).toHaveAttribute("aria-sort", "ascending");
  await expect(table.locator("tbody tr").first()).toContainText("Jan Kowalski");
  await table.getByRole("searchbox", { name: "Search agents" }).fill("zofia");
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await table.getByRole("searchbox", { name: "Search agents" }).fill("nobody");
  await expect(table).toContainText("No agent matches.");

  await page.getByTestId("kit-toast").click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expectAccessible(page, "the page with toasts");
});

test("the signed-out pages and the flow pages pass axe, in English and Polish", async ({ page }) => {
  for (const path of ["/login", "/signup"]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
  await page.getByTestId("locale-pl").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expectAccessible(page, "/signup in Polish");
});

test("the flows list, a flow's settings and its delete confirmation pass axe", async ({ signedInTenant: { page } }) => {
  await expectAccessible(page, "the empty flows page");
  await page.goto("/flows/new");
  await expectAccessible(page, "the new flow page");
  await page.getByLabel("Flow name").fill("Linia główna");
  await page.getByTestId("create-flow").click();
  await page.waitForURL(/\/flows\/(?!new)[^/]+$/);
  await page.goto("/flows");
  await expect(page.getByTestId("flow-table")).toBeVisible();
  await expectAccessible(page, "the flows list");
  await page.getByTestId("flow-link").click();
  await page.waitForURL(/\/flows\/(?!new)[^/]+$/);
  await page.goto(`${new URL(page.url()).pathname}/settings`);
  await page.getByTestId("delete-flow").click();
  await expect(page.getByTestId("delete-flow-confirm")).toBeVisible();
  await expectAccessible(page, "the delete confirmation");
});
