import { expect } from "@playwright/test";
import { createFlowThroughUi, test } from "./fixtures";
import { canvasNode, importFlowFile, readFixtureFlow, waitUntilSaved } from "./editorHelpers";

test.use({ viewport: { width: 1440, height: 900 } });
// Long journeys on a shared two-core machine: room for a slow server (each step still waits at
// most its usual few seconds).
test.describe.configure({ timeout: 180_000 });

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

test("a test call runs as if on Saturday 24 December at 19:00, from a chosen number, in place of the settings", async ({ signedInTenant: { page } }) => {
  await createFlowThroughUi(page, "Reception (time travel)");
  await importFlowFile(page, "reception.json", readFixtureFlow("reception"));
  await page.getByTestId("import-apply").click();
  await waitUntilSaved(page);
  await canvasNode(page, "hours").click();
  await expect(page.getByTestId("property-panel")).toBeVisible();
  const sideBefore = await page.getByTestId("side-panel").boundingBox();

  await page.getByTestId("test-call-open").click();
  // The phone takes the settings' place: no third column, the canvas keeps its width.
  await expect(page.getByTestId("test-call-panel")).toBeVisible();
  await expect(page.getByTestId("property-panel")).toHaveCount(0);
  const sideDuring = await page.getByTestId("side-panel").boundingBox();
  expect(sideDuring?.width).toBe(sideBefore?.width);

  // Saturday 24 December 2033, 19:00: the office is closed, the caller is offered voicemail.
  await page.getByTestId("test-call-date").fill("2033-12-24");
  await page.getByTestId("test-call-time").fill("19:00");
  await page.getByTestId("test-call-from").fill("+48601234567");
  await page.getByTestId("test-call-start").click();
  const transcript = page.getByTestId("test-call-transcript");
  await expect(transcript).toContainText("Biuro jest zamknięte", { timeout: 20_000 });
  await expect(transcript).not.toContainText("Sprzedaż — naciśnij 1");
  await expect(page.getByTestId("test-call-active-step")).toContainText("Wiadomość po godzinach", { timeout: 10_000 });
  await page.screenshot({ path: test.info().outputPath("03-as-if-saturday.png") });
  await page.getByTestId("test-call-panel").getByRole("button", { name: "Hang up", exact: true }).click();
  await expect(transcript).toContainText("Call ended", { timeout: 20_000 });

  // Tuesday 20 December 2033, 10:00: open, the menu answers.
  await page.getByTestId("test-call-date").fill("2033-12-20");
  await page.getByTestId("test-call-time").fill("10:00");
  await page.getByTestId("test-call-start").click();
  await expect(transcript).toContainText("Sprzedaż — naciśnij 1", { timeout: 20_000 });
  await expect(transcript).not.toContainText("Biuro jest zamknięte");
  await page.getByTestId("test-call-panel").getByRole("button", { name: "Hang up", exact: true }).click();

  // Closing the phone brings the step's settings back.
  await page.getByRole("button", { name: "Close test call" }).click();
  await expect(page.getByTestId("property-panel")).toBeVisible();
});

test("the side panels can be resized and folded away", async ({ signedInTenant: { page } }) => {
  await createFlowThroughUi(page, "Panels");
  const side = page.getByTestId("side-panel");
  const before = (await side.boundingBox())!;
  const separator = (await page.getByTestId("side-separator").boundingBox())!;
  await page.mouse.move(separator.x + separator.width / 2, separator.y + 200);
  await page.mouse.down();
  await page.mouse.move(separator.x - 120, separator.y + 200, { steps: 10 });
  await page.mouse.up();
  const wider = (await side.boundingBox())!;
  expect(wider.width).toBeGreaterThan(before.width + 100);

  await page.getByTestId("toggle-side").click();
  await expect(page.getByTestId("toggle-side")).toHaveAttribute("aria-expanded", "false");
  expect((await side.boundingBox())?.width ?? 0).toBeLessThan(2);
  await page.getByTestId("toggle-side").click();
  await expect(page.getByTestId("toggle-side")).toHaveAttribute("aria-expanded", "true");
  expect((await side.boundingBox())!.width).toBeGreaterThan(200);

  await page.getByTestId("toggle-palette").click();
  expect((await page.getByTestId("palette-panel").boundingBox())?.width ?? 0).toBeLessThan(2);
  await page.getByTestId("toggle-palette").click();
  await expect(page.getByTestId("palette-search")).toBeVisible();
});
