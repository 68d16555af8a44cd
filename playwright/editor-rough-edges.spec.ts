import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { createFlowThroughUi, expect, test } from "./fixtures";
import { canvasNode, importFlowFile, openEditor, readFixtureFlow, waitUntilSaved } from "./editorHelpers";

test.use({ viewport: { width: 1440, height: 900 } });
// Long journeys on a shared two-core machine: room for a slow server, not for a slow editor
// (each step still waits at most the usual 10 s).
test.describe.configure({ timeout: 180_000 });

type Box = { x: number; y: number; width: number; height: number };

async function readBox(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("element not visible");
  return box;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

type SavedDraft = { nodes: { id: string; kind: string; position: { x: number; y: number } }[]; edges: { source: string; sourcePort: string; target: string }[] };

async function readSavedDraft(page: Page, flowId: string): Promise<SavedDraft> {
  const response = await page.request.get(`/api/flows/${flowId}`);
  return ((await response.json()) as { flow: { draft: SavedDraft } }).flow.draft;
}

async function readToolbarHeight(page: Page): Promise<number> {
  return (await readBox(page.getByTestId("editor-toolbar"))).height;
}

test("the toolbar keeps one height through every save state, and an oversize text is refused in plain words", async ({ signedInTenant: { page } }, testInfo) => {
  const flowId = await createFlowThroughUi(page, "A flow with a rather long name that could push the toolbar onto two lines");
  await openEditor(page, flowId);
  const canvasTop = async () => (await readBox(page.getByTestId("flow-canvas"))).y;
  const top = await canvasTop();
  // The page itself notes the toolbar's height at every change of the save state (a state can
  // last less than a test step takes on a busy machine).
  await page.evaluate(() => {
    const notes: { status: string | null; height: number }[] = [];
    (window as unknown as { toolbarHeights: typeof notes }).toolbarHeights = notes;
    const status = document.querySelector('[data-testid="save-status"]')!;
    const toolbar = document.querySelector('[data-testid="editor-toolbar"]')!;
    const note = () => notes.push({ status: status.getAttribute("data-status"), height: toolbar.getBoundingClientRect().height });
    note();
    new MutationObserver(note).observe(status, { attributes: true, attributeFilter: ["data-status"] });
  });

  // Unsaved, then saving: the server takes its time.
  await page.route(`**/api/flows/${flowId}/draft`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await page.getByTestId("palette-play").focus();
  await page.keyboard.press("Enter");
  await waitUntilSaved(page);
  await page.unroute(`**/api/flows/${flowId}/draft`);

  // Error: the network is gone, autosave retries.
  await page.route(`**/api/flows/${flowId}/draft`, (route) => route.abort("internetdisconnected"));
  await page.getByTestId("property-panel").getByLabel("Name on the canvas").fill("Welcome");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "retrying");
  await page.unroute(`**/api/flows/${flowId}/draft`);
  await waitUntilSaved(page);

  // Refused: a text over the flow's own limit is not stored; the reason is shown.
  const text = page.getByTestId("property-panel").getByLabel("Text to read aloud");
  await text.fill("Dzień dobry. ".repeat(200));
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "refused");
  await expect(page.getByTestId("editor-notice")).toContainText("must be at most 2000 character(s)");
  await page.screenshot({ path: testInfo.outputPath("01-refused.png") });
  await text.fill("Dzień dobry.");
  await waitUntilSaved(page);

  // Published: end the call after the message, connect the start, publish.
  await page.getByTestId("palette-hangup").focus();
  await page.keyboard.press("Enter");
  await canvasNode(page, "start").click();
  await page.getByTestId("property-panel").getByTestId("exit-next").selectOption({ label: "Welcome" });
  await waitUntilSaved(page);
  await page.getByTestId("publish-button").click();
  await page.getByTestId("publish-confirm").click();
  await expect(page.getByTestId("live-badge")).toHaveText("Live: version 1");
  const notes = await page.evaluate(() => (window as unknown as { toolbarHeights: { status: string; height: number }[] }).toolbarHeights);
  const heights: Record<string, number[]> = {};
  for (const { status, height } of notes) heights[status] = [...new Set([...(heights[status] ?? []), height])];
  heights.published = [await readToolbarHeight(page)];

  console.log(`toolbar heights (px) by save state: ${JSON.stringify(heights)}`);
  for (const state of ["saved", "pending", "saving", "retrying", "refused", "published"]) expect(heights[state], state).toBeDefined();
  expect(new Set(Object.values(heights).flat()).size).toBe(1);
  expect(await canvasTop()).toBe(top);
});

test("steps added from the keyboard go below the selected step, connected, and never under the minimap", async ({ signedInTenant: { page } }, testInfo) => {
  const flowId = await createFlowThroughUi(page, "Keyboard steps");
  await openEditor(page, flowId);
  const minimap = await readBox(page.locator(".react-flow__minimap"));
  const canvas = await readBox(page.getByTestId("flow-canvas"));

  await canvasNode(page, "start").click();
  const arrivals: { kind: string; box: Box }[] = [];
  for (const kind of ["menu", "play", "queue", "voicemail", "hangup"]) {
    await page.getByTestId(`palette-${kind}`).focus();
    await page.keyboard.press("Enter");
    // The new step's settings take the focus, so typing names it straight away.
    await expect(page.getByTestId("property-panel").getByLabel("Name on the canvas")).toBeFocused();
    await page.keyboard.type(`New ${kind}`);
    const node = canvasNode(page, kind);
    await expect(node).toHaveClass(/selected/);
    await page.waitForTimeout(400); // the view glides to the new step when it would be out of sight
    const box = await readBox(node);
    arrivals.push({ kind, box });
    // In view, and never under the minimap, when it arrives.
    expect(overlaps(box, await readBox(page.locator(".react-flow__minimap")))).toBe(false);
    expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    expect(box.y).toBeGreaterThanOrEqual(canvas.y);
  }
  // Where the steps are on the canvas, and what connects them, from the saved draft (flow
  // coordinates, unaffected by panning; the canvas draws only what is in view).
  await waitUntilSaved(page);
  const saved = await readSavedDraft(page, flowId);
  const placed = saved.nodes.map((node) => ({ kind: node.kind, x: node.position.x, y: node.position.y }));
  console.log(`keyboard-added steps (canvas px): ${JSON.stringify(placed)}`);
  console.log(`on arrival (screen px): ${JSON.stringify(arrivals.map(({ kind, box }) => ({ kind, x: Math.round(box.x), y: Math.round(box.y) })))}; minimap ${JSON.stringify(minimap)}`);
  // Each is below the one selected before it (taller than the shortest card apart), in the same
  // column (no staircase), and connected to it.
  for (const [index, step] of placed.entries()) {
    const before = placed[index - 1];
    if (!before) continue;
    expect(step.y).toBeGreaterThan(before.y + 150);
    expect(step.x).toBe(before.x);
  }
  const ids = saved.nodes.map((node) => node.id);
  expect(saved.edges.map((edge) => [edge.source, edge.target])).toEqual(ids.slice(1).map((id, index) => [ids[index], id]));

  // Double-click adds the same way.
  await page.getByTestId("palette-transfer").dblclick();
  await expect(canvasNode(page, "transfer")).toHaveClass(/selected/);
  await page.waitForTimeout(300);
  const transfer = await readBox(canvasNode(page, "transfer"));
  expect(overlaps(transfer, await readBox(page.locator(".react-flow__minimap")))).toBe(false);

  // "Show the whole flow" leaves the minimap's corner free.
  await page.getByRole("button", { name: "Show the whole flow" }).click();
  await page.waitForTimeout(400);
  const map = await readBox(page.locator(".react-flow__minimap"));
  const boxes = await Promise.all((await page.locator(".react-flow__node").all()).map(readBox));
  console.log(`after fit view: minimap ${JSON.stringify(map)}, lowest step bottom ${Math.round(Math.max(...boxes.map((box) => box.y + box.height)))}`);
  expect(boxes.filter((box) => overlaps(box, map))).toEqual([]);
  expect(minimap.width).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath("02-keyboard-steps.png") });
});

test("a wire let go on empty canvas offers a searchable list of steps; the palette has search", async ({ signedInTenant: { page } }, testInfo) => {
  const flowId = await createFlowThroughUi(page, "Wire picker");
  await openEditor(page, flowId);
  const handle = canvasNode(page, "start").locator('.react-flow__handle[data-handleid="next"]');
  const from = await readBox(handle);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 260, { steps: 12 });
  await page.mouse.up();
  const picker = page.getByTestId("step-picker");
  await expect(picker).toBeVisible();
  await expect(picker.getByRole("combobox")).toBeFocused();
  await page.keyboard.type("voicemail");
  await expect(picker.getByRole("option")).toHaveText(["Voicemail"]);
  await page.screenshot({ path: testInfo.outputPath("03-step-picker.png") });
  await page.keyboard.press("Enter");
  await expect(picker).toHaveCount(0);
  await expect(canvasNode(page, "voicemail")).toHaveCount(1);
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
  await waitUntilSaved(page);
  const afterPick = await readSavedDraft(page, flowId);
  const [start, voicemail] = afterPick.nodes;
  // Where the wire was let go: about 260 px under the exit, and connected from it.
  expect(voicemail?.kind).toBe("voicemail");
  expect(voicemail!.position.y - start!.position.y).toBeGreaterThan(200);
  expect(afterPick.edges).toMatchObject([{ source: start!.id, sourcePort: "next", target: voicemail!.id }]);

  // Escape closes the list without adding anything.
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  const vmHandle = await readBox(canvasNode(page, "voicemail").locator(".react-flow__handle.source").first());
  await page.mouse.move(vmHandle.x + vmHandle.width / 2, vmHandle.y + vmHandle.height / 2);
  await page.mouse.down();
  await page.mouse.move(vmHandle.x + 300, vmHandle.y + 120, { steps: 12 });
  await page.mouse.up();
  await expect(picker).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(picker).toHaveCount(0);
  await expect(page.locator(".react-flow__node")).toHaveCount(2);

  await page.getByTestId("palette-search").fill("godz");
  await expect(page.locator('[data-testid^="palette-"][role="button"]')).toHaveCount(0);
  await expect(page.getByTestId("palette-empty")).toBeVisible();
  await page.getByTestId("palette-search").fill("hours");
  await expect(page.locator('[data-testid^="palette-"][role="button"]')).toHaveCount(1);
  await expect(page.getByTestId("palette-hours")).toBeVisible();
});

test("a new flow's unfinished steps read “needs setup” in grey until publishing is tried", async ({ signedInTenant: { page } }) => {
  const flowId = await createFlowThroughUi(page, "Grey until publish");
  await openEditor(page, flowId);
  const start = canvasNode(page, "start");
  await expect(start.locator("[data-kind]")).toHaveAttribute("data-tone", "setup");
  await expect(start.getByTestId("node-problem-count")).toContainText("Needs setup");
  const greyBorder = await start.locator("[data-kind]").evaluate((element) => getComputedStyle(element).borderTopColor);
  await page.getByTestId("palette-menu").focus();
  await page.keyboard.press("Enter");
  await expect(canvasNode(page, "menu").locator("[data-kind]")).toHaveAttribute("data-tone", "setup");
  await expect(page.getByTestId("problems-panel")).toHaveAttribute("data-strict", "false");

  await page.getByTestId("publish-button").click();
  await expect(page.getByTestId("editor-notice")).toContainText("Fix");
  await expect(page.getByTestId("publish-reason")).toBeVisible();
  await expect(canvasNode(page, "menu").locator("[data-kind]")).toHaveAttribute("data-tone", "error");
  const redBorder = await canvasNode(page, "menu").locator("[data-kind]").evaluate((element) => getComputedStyle(element).borderTopColor);
  expect(redBorder).not.toBe(greyBorder);
  await expect(page.getByTestId("problems-panel")).toHaveAttribute("data-strict", "true");
});

test("the flow is renamed in place by clicking its title", async ({ signedInTenant: { page } }) => {
  const flowId = await createFlowThroughUi(page, "Old name");
  await openEditor(page, flowId);
  await page.getByTestId("flow-name-button").click();
  const input = page.getByTestId("flow-name-input");
  await expect(input).toBeFocused();
  await input.fill("   ");
  await input.press("Enter");
  await expect(page.getByTestId("flow-name-error")).toHaveText("The flow needs a name.");
  await input.press("Escape");
  await expect(page.getByTestId("flow-name")).toHaveText("Old name");
  await page.getByTestId("flow-name-button").click();
  await input.fill("Front desk");
  await input.press("Enter");
  await expect(page.getByTestId("flow-name")).toHaveText("Front desk");
  await page.reload();
  await expect(page.getByTestId("flow-name")).toHaveText("Front desk");
  await page.goto("/flows");
  await expect(page.getByTestId("flow-link")).toHaveText(["Front desk"]);
});

test("a business-hours step previews a moment, takes holiday ranges every year and shares its schedule", async ({ signedInTenant: { page } }, testInfo) => {
  const flowId = await createFlowThroughUi(page, "Hours");
  await openEditor(page, flowId);
  await page.getByTestId("palette-hours").focus();
  await page.keyboard.press("Enter");
  const panel = page.getByTestId("property-panel");
  await panel.getByLabel("Name on the canvas").fill("Reception hours");
  // The time zone an empty field falls back to is named: the organisation's, from its settings.
  await expect(panel.getByText("Leave empty to use your company's time zone: Europe/Warsaw (set in Settings).")).toBeVisible();

  const preview = panel.getByTestId("hours-preview-result");
  await panel.getByTestId("hours-preview-date").fill("2033-12-20");
  await panel.getByTestId("hours-preview-time").fill("10:00");
  await expect(preview).toHaveAttribute("data-port", "open");
  await panel.getByTestId("hours-preview-date").fill("2033-12-24");
  await panel.getByTestId("hours-preview-time").fill("19:00");
  await expect(preview).toHaveAttribute("data-port", "closed");

  // Christmas, 24–26 December, every year.
  await panel.getByRole("button", { name: "Add a holiday" }).click();
  const row = panel.getByTestId("holiday-row").last();
  await row.getByLabel("Holiday name").fill("Christmas");
  await row.getByLabel("Holiday date").fill("2026-12-24");
  await row.getByLabel("Holiday until (for several days)").fill("2026-12-26");
  await row.getByLabel("Every year").check();
  await panel.getByTestId("hours-preview-date").fill("2033-12-25");
  await expect(preview).toHaveAttribute("data-port", "holiday");
  await expect(preview).toContainText("Christmas");
  await page.screenshot({ path: testInfo.outputPath("04-hours-preview.png") });

  // Shared: a second hours step uses the same schedule.
  await panel.getByTestId("schedule-share").click();
  await expect(panel.getByTestId("schedule-name")).toHaveValue("Reception hours");
  await page.getByTestId("palette-hours").focus();
  await page.keyboard.press("Enter");
  await panel.getByTestId("schedule-select").selectOption({ label: "Reception hours" });
  await expect(panel.getByTestId("schedule-usage")).toHaveText("Used by 2 business-hours steps.");
  await panel.getByTestId("hours-preview-date").fill("2040-12-26");
  await panel.getByTestId("hours-preview-time").fill("10:00");
  await expect(panel.getByTestId("hours-preview-result")).toHaveAttribute("data-port", "holiday");
  await waitUntilSaved(page);

  await page.reload();
  await canvasNode(page, "hours").last().click();
  await expect(panel.getByTestId("schedule-usage")).toHaveText("Used by 2 business-hours steps.");
  const draft = await (await page.request.get(`/api/flows/${flowId}`)).json() as { flow: { draft: { version: number; schedules: { name: string; hours: { holidays: unknown[] } }[] } } };
  expect(draft.flow.draft.version).toBe(3);
  expect(draft.flow.draft.schedules).toMatchObject([{ name: "Reception hours", hours: { holidays: [{ name: "Christmas", date: "2026-12-24", endDate: "2026-12-26", yearly: true }] } }]);
});

test("keyboard: focus rings on steps and connections, skip links", async ({ signedInTenant: { page } }) => {
  const flowId = await createFlowThroughUi(page, "Keyboard");
  await openEditor(page, flowId);
  await importFlowFile(page, "sales-support.json", readFixtureFlow("sales-support"));
  await page.getByTestId("import-apply").click();
  await waitUntilSaved(page);

  await page.getByRole("link", { name: "Skip to the canvas" }).focus();
  await expect(page.getByRole("link", { name: "Skip to the canvas" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("#editor-canvas")).toBeFocused();
  // Tab walks the connections, then the steps; each shows a ring.
  const focused = () => page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return { kind: "none", ring: "" };
    if (element.classList.contains("react-flow__edge")) {
      const path = element.querySelector(".react-flow__edge-path");
      return { kind: "edge", ring: path ? getComputedStyle(path).strokeWidth : "" };
    }
    if (element.classList.contains("react-flow__node")) {
      const style = getComputedStyle(element);
      return { kind: "node", ring: `${style.outlineStyle} ${style.outlineWidth}` };
    }
    return { kind: element.tagName, ring: "" };
  });
  const seen: Record<string, string> = {};
  for (let press = 0; press < 20 && !(seen.edge && seen.node); press++) {
    await page.keyboard.press("Tab");
    const now = await focused();
    if ((now.kind === "edge" || now.kind === "node") && !seen[now.kind]) seen[now.kind] = now.ring;
  }
  expect(seen).toEqual({ edge: "4px", node: "solid 3px" });
});

test("axe finds nothing serious or critical on the editor and the flows list", async ({ signedInTenant: { page } }, testInfo) => {
  test.setTimeout(240_000);
  const flowId = await createFlowThroughUi(page, "Accessible");
  await openEditor(page, flowId);
  await importFlowFile(page, "reception.json", readFixtureFlow("reception"));
  await page.getByTestId("import-apply").click();
  await waitUntilSaved(page);
  await canvasNode(page, "menu").click();
  const results: Record<string, string[]> = {};
  const scan = async (name: string) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    results[name] = bad.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ")}`);
  };
  await scan("editor");
  await page.getByTestId("test-call-open").click();
  await scan("editor with the test call");
  await page.goto("/flows");
  await scan("flows list");
  await page.goto(`/flows/${flowId}/settings`);
  await scan("flow settings");
  console.log(`axe serious+critical: ${JSON.stringify(Object.fromEntries(Object.entries(results).map(([name, list]) => [name, list.length])))}`);
  await testInfo.attach("axe", { body: JSON.stringify(results, null, 2), contentType: "application/json" });
  expect(results).toEqual({ editor: [], "editor with the test call": [], "flows list": [], "flow settings": [] });
});

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the flows list and settings work; the editor says it needs a larger screen", async ({ signedInTenant: { page } }) => {
    test.setTimeout(120_000);
    const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
    await page.goto("/flows/new");
    await page.getByLabel(/flow name/i).fill("Phone flow");
    await page.getByTestId("create-flow").click();
    await page.waitForURL(/\/flows\/(?!new)[^/]+$/);
    const flowId = new URL(page.url()).pathname.split("/").pop() ?? "";
    await expect(page.getByTestId("editor-small-screen")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("editor-small-screen")).toContainText("The flow editor needs a larger screen");
    await expect(page.getByTestId("editor-workspace")).toBeHidden();

    await page.goto("/flows");
    await expect(page.getByTestId("flow-link")).toHaveText(["Phone flow"]);
    // Below the getting-started checklist: reachable by scrolling down, never clipped sideways.
    await page.getByTestId("flow-link").scrollIntoViewIfNeeded();
    await expect(page.getByTestId("flow-link")).toBeInViewport();
    expect(await noSideScroll()).toBe(true);
    await page.getByTestId("flow-search").fill("phone");
    await page.getByTestId("flow-search").press("Enter");
    await expect(page.getByTestId("flow-link")).toHaveText(["Phone flow"]);

    await page.goto(`/flows/${flowId}/settings`);
    await expect(page.getByTestId("flow-name")).toHaveText("Phone flow");
    expect(await noSideScroll()).toBe(true);
    await page.screenshot({ path: test.info().outputPath("05-phone-settings.png") });
  });
});
