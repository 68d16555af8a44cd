import { expect } from "@playwright/test";
import { createFlowThroughUi, test } from "./fixtures";
import { canvasNode, importFlowFile, readFixtureFlow, waitUntilSaved } from "./editorHelpers";

test.use({ viewport: { width: 1440, height: 900 } });

const runState = (page: import("@playwright/test").Page, nodeId: string) => page.locator(`.react-flow__node[data-id="${nodeId}"] [data-run]`);

test("a draft is test-called in the browser: pressing 2 lights up the support branch", async ({ signedInTenant: { page } }) => {
  await createFlowThroughUi(page, "Reception (test call)");
  await importFlowFile(page, "sales-support.json", readFixtureFlow("sales-support"));
  await page.getByTestId("import-apply").click();
  await expect(canvasNode(page, "menu")).toHaveCount(1);
  await waitUntilSaved(page);

  await page.getByTestId("test-call-open").click();
  await expect(page.getByTestId("test-call-panel")).toBeVisible();
  await page.getByTestId("test-call-start").click();
  const transcript = page.getByTestId("test-call-transcript");
  await expect(transcript).toContainText("For sales press 1", { timeout: 20_000 });
  await expect(runState(page, "menu")).toHaveAttribute("data-run", "active", { timeout: 10_000 });
  await page.screenshot({ path: test.info().outputPath("01-test-call-menu.png") });

  await page.getByTestId("test-call-key-2").click();
  await expect(transcript).toContainText("You pressed 2");
  await expect(transcript).toContainText("Connecting you to support.", { timeout: 15_000 });
  await expect(transcript).toContainText("Call ended", { timeout: 20_000 });
  // The path stays drawn after the call: the support branch, never the sales one.
  await page.locator(".react-flow__controls-fitview").click();
  await expect(runState(page, "support")).toHaveAttribute("data-run", "visited", { timeout: 10_000 });
  await expect(runState(page, "bye")).toHaveAttribute("data-run", "visited");
  await expect(runState(page, "sales")).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("02-test-call-path.png") });
});

test("a test call runs the draft, not the published version, and a broken draft is refused in plain words", async ({ signedInTenant: { page } }) => {
  await createFlowThroughUi(page, "Broken draft");
  // A blank draft has only its start: the menu-less flow has a start with nothing after it.
  await page.getByTestId("test-call-open").click();
  await page.getByTestId("test-call-start").click();
  await expect(page.getByTestId("test-call-error")).toContainText("Fix the problems in the flow first");
});
