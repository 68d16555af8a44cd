import { parseFlowDocument, exportFlowDocument } from "@centrala/flow";
import { createFlowThroughUi, expect, test } from "./fixtures";
import {
  canvasNode, connectWithMouse, dragFromPalette, importFlowFile, insertTenantNumber, openEditor, readFixtureFlow, readNumberFlowId, waitUntilSaved,
} from "./editorHelpers";

// The editor is a desktop tool; a laptop-sized window leaves room for palette, canvas and panel.
test.use({ viewport: { width: 1440, height: 900 } });
// Long journeys on a shared two-core machine: room for a slow server (each step still waits at
// most its usual few seconds).
test.describe.configure({ timeout: 180_000 });

test("a receptionist builds “press 1 for sales, 2 for support”, fixes a problem and publishes", async ({ signedInTenant: { page, name } }, testInfo) => {
  const flowId = await createFlowThroughUi(page, "Main line");
  await openEditor(page, flowId);
  await page.screenshot({ path: testInfo.outputPath("01-new-flow.png") });

  await dragFromPalette(page, "menu", { x: 420, y: 330 });
  const menu = canvasNode(page, "menu");
  await expect(menu).toBeVisible();
  await connectWithMouse(page, canvasNode(page, "start"), "next", menu);
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);

  // The dropped menu is selected, so its settings are open.
  const panel = page.getByTestId("property-panel");
  await panel.getByLabel("Name on the canvas").fill("Main menu");
  await panel.getByLabel("Text to read aloud").first().fill("For sales press 1, for support press 2.");
  await expect(panel.getByRole("button", { name: "Key 1", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(panel.getByRole("button", { name: "Key 2", exact: true })).toHaveAttribute("aria-pressed", "true");
  await panel.getByRole("button", { name: "Key 3", exact: true }).click();
  await expect(menu.locator('[data-port="key:3"]')).toBeVisible();
  await panel.getByRole("button", { name: "Key 3", exact: true }).click();
  await expect(menu.locator('[data-port="key:3"]')).toHaveCount(0);

  for (const [label, at] of [["Sales", { x: 250, y: 520 }], ["Support", { x: 600, y: 520 }]] as const) {
    await dragFromPalette(page, "play", at);
    await panel.getByLabel("Name on the canvas").fill(label);
    await panel.getByLabel("Text to read aloud").fill(`Connecting you to ${label.toLowerCase()}.`);
  }
  await connectWithMouse(page, menu, "key:1", canvasNode(page, "play", "Sales"));
  await connectWithMouse(page, menu, "key:2", canvasNode(page, "play", "Support"));
  await expect(page.locator(".react-flow__edge")).toHaveCount(3);

  // Nothing handles a caller who presses nothing: the canvas and the Problems list say so, in
  // grey ("needs setup") until publishing is tried, then in red.
  await expect(menu.getByTestId("node-problem-count")).toHaveText(/1/);
  await expect(menu.getByTestId("node-problem-count")).toHaveAttribute("data-tone", "setup");
  await page.getByTestId("publish-button").click();
  await expect(page.getByTestId("editor-notice")).toContainText("Fix 1 problem first");
  await expect(page.getByTestId("publish-dialog")).not.toBeVisible();
  await expect(menu.getByTestId("node-problem-count")).toHaveAttribute("data-tone", "error");
  await page.getByRole("button", { name: "Add step: Play message" }).focus();
  await page.screenshot({ path: testInfo.outputPath("02-menu-with-problem.png") });
  const problem = page.getByTestId("problem-item").filter({ hasText: "presses nothing" });
  await expect(problem).toContainText("The menu “Main menu” has nothing connected for when the caller presses nothing");
  await page.locator(".react-flow__pane").click({ position: { x: 200, y: 90 } });
  await expect(menu).not.toHaveClass(/selected/);
  await problem.click();
  await expect(menu).toHaveClass(/selected/);
  await expect(panel.getByRole("heading", { name: "Key-press menu" })).toBeVisible();

  await panel.getByTestId("exit-noInput").selectOption({ label: "Support" });
  await expect(page.getByTestId("problems-panel")).toContainText("No problems");
  await waitUntilSaved(page);
  await page.screenshot({ path: testInfo.outputPath("03-ready-to-publish.png") });

  await page.getByTestId("publish-button").click();
  await page.getByLabel("What changed? (for your colleagues)").fill("Sales and support menu");
  await page.getByTestId("publish-confirm").click();
  await expect(page.getByTestId("editor-notice")).toContainText("Version 1 is live.");
  await expect(page.getByTestId("live-badge")).toHaveText("Live: version 1");

  await page.getByTestId("history-button").click();
  const version = page.getByTestId("version-1");
  await expect(version).toContainText("Sales and support menu");
  await expect(version).toContainText(name);
  await expect(version).toContainText("Live");
  await page.screenshot({ path: testInfo.outputPath("04-published-history.png") });

  // Nothing is lost on reload: the saved draft comes back as it was.
  await page.reload();
  await expect(canvasNode(page, "play")).toHaveCount(2);
  await expect(page.locator(".react-flow__edge")).toHaveCount(4);
});

test("undo and redo bring back a deleted step and its connection", async ({ signedInTenant: { page } }) => {
  const flowId = await createFlowThroughUi(page, "Undo test");
  await openEditor(page, flowId);
  await dragFromPalette(page, "play", { x: 420, y: 330 });
  await connectWithMouse(page, canvasNode(page, "start"), "next", canvasNode(page, "play"));
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);

  // A connection can be selected and deleted on its own.
  await page.locator(".react-flow__edge").click();
  await page.keyboard.press("Delete");
  await expect(page.locator(".react-flow__edge")).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);

  await canvasNode(page, "play").click();
  await page.keyboard.press("Delete");
  await expect(canvasNode(page, "play")).toHaveCount(0);
  await expect(page.locator(".react-flow__edge")).toHaveCount(0);

  await page.keyboard.press("Control+z");
  await expect(canvasNode(page, "play")).toHaveCount(1);
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
  await page.keyboard.press("Control+Shift+z");
  await expect(canvasNode(page, "play")).toHaveCount(0);
  await page.getByTestId("undo").click();
  await expect(canvasNode(page, "play")).toHaveCount(1);

  // The incoming-call step cannot be deleted; the editor says why.
  await canvasNode(page, "start").click();
  await page.keyboard.press("Delete");
  await expect(canvasNode(page, "start")).toHaveCount(1);
  await expect(page.getByTestId("editor-notice")).toContainText("cannot be deleted");

  // Copy and paste make a new step with a new id.
  await canvasNode(page, "play").click();
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  await expect(canvasNode(page, "play")).toHaveCount(2);
  const ids = await canvasNode(page, "play").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-id")));
  expect(new Set(ids).size).toBe(2);

  // Connections the flow cannot have are refused, and the editor says why.
  await connectWithMouse(page, canvasNode(page, "start"), "next", canvasNode(page, "play").last());
  await expect(page.getByTestId("editor-notice")).toContainText("This exit already leads somewhere");
  await connectWithMouse(page, canvasNode(page, "play").first(), "next", canvasNode(page, "start"));
  await expect(page.getByTestId("editor-notice")).toContainText("Nothing can lead into “Incoming call”");
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);

  // Tidy up lays the flow out top-down with nothing overlapping, as one undoable step.
  await page.getByTestId("tidy-up").click();
  await expect.poll(async () => findOverlaps(await page.locator(".react-flow__node").evaluateAll(readBoxes))).toBe(0);
  const [start, first] = await page.locator(".react-flow__node").evaluateAll(readBoxes);
  expect(first && start && first.y > start.y).toBe(true);
});

function readBoxes(nodes: Element[]) {
  return nodes.map((node) => {
    const box = node.getBoundingClientRect();
    return { x: box.x, y: box.y, right: box.right, bottom: box.bottom };
  });
}

function findOverlaps(boxes: { x: number; y: number; right: number; bottom: number }[]): number {
  let overlaps = 0;
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) if (a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom) overlaps += 1;
  }
  return overlaps;
}

test("rolling back publishes the old version's content as a new version", async ({ signedInTenant: { page } }) => {
  const flowId = await createFlowThroughUi(page, "Reception");
  await openEditor(page, flowId);
  await importFlowFile(page, "reception.json", readFixtureFlow("reception"));
  await page.getByTestId("import-apply").click();
  await expect(canvasNode(page, "menu")).toHaveCount(1);
  await waitUntilSaved(page);
  await publish(page, "First version");
  await expect(page.getByTestId("live-badge")).toHaveText("Live: version 1");

  await canvasNode(page, "play", "Sprzedaż").click();
  await page.getByTestId("property-panel").getByLabel("Name on the canvas").fill("Sales team");
  await waitUntilSaved(page);
  await page.getByTestId("publish-button").click();
  await expect(page.getByTestId("publish-summary")).toContainText("Changes since version 1");
  await expect(page.getByTestId("publish-summary")).toContainText("Sales team: changed");
  await page.getByTestId("publish-dialog").getByRole("button", { name: "Cancel" }).click();
  await publish(page, "Renamed sales");
  await expect(page.getByTestId("live-badge")).toHaveText("Live: version 2");

  await page.getByTestId("history-button").click();
  await page.getByTestId("version-1").getByRole("button", { name: "Open" }).click();
  await expect(page.getByTestId("version-banner")).toContainText("You are looking at version 1");
  await expect(canvasNode(page, "play", "Sprzedaż")).toHaveCount(1);
  await expect(page.getByTestId("palette-menu")).toHaveCount(0);
  await page.getByTestId("version-1").getByRole("button", { name: "Compare with draft" }).click();
  await expect(page.getByTestId("version-banner")).toContainText("1 changed");
  await expect(canvasNode(page, "play", "Sales team").locator("[data-diff=changed]")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("05-compare.png") });
  await page.getByTestId("back-to-draft").click();

  await page.getByTestId("rollback-1").click();
  await page.getByTestId("rollback-confirm").click();
  await expect(page.getByTestId("live-badge")).toHaveText("Live: version 3");
  await expect(page.getByTestId("version-3")).toContainText("Rolled back to version 1");

  const [v1, v3] = await Promise.all([1, 3].map(async (number) => {
    const response = await page.request.get(`/api/flows/${flowId}/versions/${number}`);
    return ((await response.json()) as { document: unknown }).document;
  }));
  expect(v3).toEqual(v1);
});

test("export downloads what import accepts; a broken file changes nothing", async ({ signedInTenant: { page } }) => {
  const flowId = await createFlowThroughUi(page, "Front desk / main");
  await openEditor(page, flowId);
  await importFlowFile(page, "reception.json", readFixtureFlow("reception"));
  await expect(page.getByTestId("import-confirm")).toContainText("7 steps");
  await page.getByTestId("import-apply").click();
  await waitUntilSaved(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-button").click()]);
  expect(download.suggestedFilename()).toBe("Front desk - main.json");
  const exported = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const parsed = parseFlowDocument(exported);
  expect(parsed.ok).toBe(true);
  expect(exported).toBe(readFixtureFlow("reception"));
  if (parsed.ok) expect(exportFlowDocument(parsed.document)).toBe(exported);

  await importFlowFile(page, "broken.json", '{"version": 1, "nodes": [{"id": "a", "kind": "teleport"}]');
  await expect(page.getByTestId("import-problems")).toContainText("This file cannot be imported");
  await page.screenshot({ path: test.info().outputPath("06-import-error.png") });
  await page.getByTestId("import-problems").getByRole("button", { name: "OK" }).click();
  await importFlowFile(page, "wrong-kind.json", JSON.stringify({ version: 1, nodes: [{ id: "a", kind: "teleport", position: { x: 0, y: 0 }, data: {} }], edges: [] }));
  await expect(page.getByTestId("import-problems")).toContainText("unknown kind “teleport”");
  await page.getByTestId("import-problems").getByRole("button", { name: "OK" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(7);
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  // Round trip: the exported file imports into another flow unchanged.
  const otherId = await createFlowThroughUi(page, "Copy");
  await openEditor(page, otherId);
  await importFlowFile(page, "Front desk - main.json", exported);
  await page.getByTestId("import-apply").click();
  await expect(page.locator(".react-flow__node")).toHaveCount(7);
});

test("po polsku: recepcjonistka buduje menu i widzi problem", async ({ signedInTenant: { page } }, testInfo) => {
  await page.getByTestId("locale-pl").click();
  await expect(page.getByTestId("locale-pl")).toHaveAttribute("aria-pressed", "true");
  const flowId = await createFlowThroughUi(page, "Infolinia");
  await openEditor(page, flowId);
  await expect(page.getByRole("heading", { name: "Kroki" })).toBeVisible();
  await expect(page.getByTestId("publish-button")).toHaveText("Opublikuj");

  await dragFromPalette(page, "menu", { x: 420, y: 330 });
  const menu = canvasNode(page, "menu");
  await connectWithMouse(page, canvasNode(page, "start"), "next", menu);
  const panel = page.getByTestId("property-panel");
  await expect(panel.getByRole("heading", { name: "Menu tonowe" })).toBeVisible();
  await panel.getByLabel("Tekst do przeczytania").fill("Sprzedaż — naciśnij 1, pomoc — naciśnij 2.");
  await dragFromPalette(page, "play", { x: 250, y: 520 });
  await panel.getByLabel("Nazwa na schemacie").fill("Sprzedaż");
  await connectWithMouse(page, menu, "key:1", canvasNode(page, "play", "Sprzedaż"));

  const problem = page.getByTestId("problem-item").filter({ hasText: "naciśnie" }).first();
  await expect(page.getByRole("heading", { name: "Problemy" })).toBeVisible();
  // Before publishing is tried, unfinished steps are "to set up", not yet "to fix".
  await expect(page.getByTestId("problems-panel")).toContainText(/do ustawienia: \d+/);
  await problem.click();
  await expect(menu).toHaveClass(/selected/);
  await page.screenshot({ path: testInfo.outputPath("07-polish.png") });
});

test("a second tab is told about the other tab's changes instead of overwriting them", async ({ signedInTenant: { page } }, testInfo) => {
  const flowId = await createFlowThroughUi(page, "Two tabs");
  await openEditor(page, flowId);
  const second = await page.context().newPage();
  await openEditor(second, flowId);

  await dragFromPalette(page, "play", { x: 420, y: 330 });
  await waitUntilSaved(page);
  await dragFromPalette(second, "hangup", { x: 420, y: 330 });
  const dialog = second.getByTestId("conflict-dialog");
  await expect(dialog).toContainText("This flow was changed in another tab or by someone else. Reload to see their version");
  await expect(second.getByTestId("save-status")).toHaveAttribute("data-status", "conflict");
  await second.screenshot({ path: testInfo.outputPath("08-conflict.png") });

  // Keeping mine saves on top of the latest revision; the first tab then sees it after a reload.
  await dialog.getByTestId("conflict-overwrite").click();
  await waitUntilSaved(second);
  await page.reload();
  await expect(canvasNode(page, "hangup")).toHaveCount(1);
  await expect(canvasNode(page, "play")).toHaveCount(0);
});

test("changes that could not be saved survive a reload and can be restored", async ({ signedInTenant: { page } }) => {
  const flowId = await createFlowThroughUi(page, "Offline");
  await openEditor(page, flowId);
  await page.route(`**/api/flows/${flowId}/draft`, (route) => route.abort("internetdisconnected"));
  await dragFromPalette(page, "voicemail", { x: 420, y: 330 });
  await expect(page.getByTestId("save-status")).toHaveText("Couldn't save — retrying");

  page.on("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await expect(canvasNode(page, "voicemail")).toHaveCount(0);
  await page.unroute(`**/api/flows/${flowId}/draft`);
  await page.getByTestId("restore-apply").click();
  await expect(canvasNode(page, "voicemail")).toHaveCount(1);
  await waitUntilSaved(page);
  await page.reload();
  await expect(canvasNode(page, "voicemail")).toHaveCount(1);
  await expect(page.getByTestId("restore-banner")).toHaveCount(0);
});

test("a phone number is routed to the flow from the editor", async ({ signedInTenant: { page } }) => {
  const flowId = await createFlowThroughUi(page, "Numbers");
  const e164 = await insertTenantNumber(flowId);
  await openEditor(page, flowId);
  await page.getByTestId("numbers-button").click();
  const checkbox = page.getByRole("checkbox", { name: new RegExp(e164.replace("+", "\\+")) });
  await expect(checkbox).not.toBeChecked();
  await checkbox.check();
  await expect(checkbox).toBeChecked();
  await expect(page.getByTestId("numbers-button")).toHaveText("Phone numbers (1)");
  // The box ticks at once; the database follows when the request lands.
  await expect.poll(() => readNumberFlowId(e164)).toBe(flowId);
  await checkbox.uncheck();
  await expect(checkbox).not.toBeChecked();
  await expect.poll(() => readNumberFlowId(e164)).toBeNull();
});

test("every kind of step can be added from the keyboard and set up in its panel", async ({ signedInTenant: { page } }, testInfo) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const flowId = await createFlowThroughUi(page, "All steps");
  await openEditor(page, flowId);
  const kinds = ["play", "menu", "collect", "hours", "condition", "queue", "ringGroup", "transfer", "conference", "record", "voicemail", "http", "setVariable", "gotoFlow", "hangup"];
  for (const kind of kinds) {
    await page.getByTestId(`palette-${kind}`).focus();
    await page.keyboard.press("Enter");
    await expect(canvasNode(page, kind)).toHaveCount(1);
    await expect(page.getByTestId("property-panel")).toBeVisible();
  }
  const panel = page.getByTestId("property-panel");
  await page.getByRole("button", { name: "Show the whole flow" }).click();
  expect(findOverlaps(await page.locator(".react-flow__node").evaluateAll(readBoxes))).toBe(0);
  await page.screenshot({ path: testInfo.outputPath("09-all-kinds.png") });

  await canvasNode(page, "hours").click();
  await panel.getByRole("button", { name: `Add Polish public holidays ${new Date().getFullYear()}` }).click();
  await expect(panel.getByLabel("Holiday name").first()).toHaveValue("New Year's Day");
  await panel.getByRole("button", { name: "Saturday: add opening hours" }).click();
  await expect(panel.getByLabel("Saturday: opens at")).toHaveValue("09:00");
  await page.screenshot({ path: testInfo.outputPath("10-hours-panel.png") });

  await canvasNode(page, "condition").click();
  await panel.getByRole("button", { name: "Add a rule" }).click();
  await expect(canvasNode(page, "condition").locator('[data-port="rule:r2"]')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("11-condition-panel.png") });

  await canvasNode(page, "ringGroup").click();
  await panel.getByLabel("Extension number").fill("101");
  await panel.getByRole("button", { name: "Add", exact: true }).click();
  await expect(canvasNode(page, "ringGroup")).toContainText("101");
  await expect(page.getByTestId("problems-panel")).toContainText("101");
  expect(errors).toEqual([]);
});

async function publish(page: import("@playwright/test").Page, note: string) {
  await page.getByTestId("publish-button").click();
  await page.getByLabel("What changed? (for your colleagues)").fill(note);
  await page.getByTestId("publish-confirm").click();
  await expect(page.getByTestId("publish-dialog")).not.toBeVisible();
}
