import { expect } from "@playwright/test";
import { test } from "./fixtures";
import { canvasNode, waitForCanvas } from "./editorHelpers";

test.use({ viewport: { width: 1440, height: 900 } });
// Room for a slow server on a shared machine (the editor opens twice in this journey).
test.describe.configure({ timeout: 180_000 });

test("a flow starts from a template, is duplicated and found by search", async ({ signedInTenant: { page } }) => {
  await page.goto("/flows/new");
  await page.getByLabel(/flow name/i).fill("Main line");
  await page.getByTestId("template-simple-menu").check();
  await page.getByTestId("create-flow").click();
  await page.waitForURL(/\/flows\/(?!new)[^/]+$/);
  await waitForCanvas(page);
  await expect(canvasNode(page, "menu")).toHaveCount(1);
  await expect(canvasNode(page, "play")).toHaveCount(2);

  await page.goto("/flows");
  await page.getByTestId("duplicate-flow").click();
  await page.waitForURL(/\/flows\/(?!new)[^/]+$/);
  await waitForCanvas(page);
  await expect(page.getByTestId("flow-name")).toHaveText("Main line (copy)");
  await expect(canvasNode(page, "menu")).toHaveCount(1);

  await page.goto("/flows");
  await expect(page.getByTestId("flow-link")).toHaveCount(2);
  await page.getByTestId("flow-search").fill("copy");
  await page.getByTestId("flow-search").press("Enter");
  await expect(page.getByTestId("flow-link")).toHaveText(["Main line (copy)"]);
  await page.getByTestId("flow-search").fill("nothing like this");
  await page.getByTestId("flow-search").press("Enter");
  await expect(page.getByTestId("flows-no-match")).toContainText("No flow matches");
});
