import type { Page } from "@playwright/test";
import { listCallRecordings, forTenant, setAgentPresence } from "@centrala/db";
import { getTestPrisma, placeSimulatedCall, setUpCallCentre } from "./callCentreHelpers";
import { expectAccessible } from "./expectAccessible";
import { expect, test } from "./fixtures";

test.describe.configure({ timeout: 180_000 });

/** Plays the row's recording: the signed link answers 200 with WAV audio and the waveform is drawn. */
async function playRecording(page: Page, row: ReturnType<Page["getByTestId"]>) {
  const audio = page.waitForResponse((response) => response.url().includes("/api/recording-audio/") && response.request().method() === "GET");
  await row.getByTestId("recording-play").click();
  const response = await audio;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("audio/wav");
  await expect(page.getByTestId("recording-waveform")).toHaveAttribute("data-ready", "true");
  expect(await page.getByTestId("recording-audio").evaluate((element: HTMLAudioElement) => element.duration)).toBeGreaterThan(1);
}

/** Downloads the row's recording: a WAV file named after the call's time. */
async function downloadRecording(page: Page, row: ReturnType<Page["getByTestId"]>) {
  const download = page.waitForEvent("download");
  await row.getByTestId("recording-download").click();
  expect((await download).suggestedFilename()).toMatch(/^recording-\d{12}\.wav$/);
}

test("a supervisor finds a recorded queue call, filters, plays and downloads it, in English and Polish", async ({ signedInTenant: { page, email } }) => {
  const prisma = getTestPrisma();
  await page.goto("/recordings");
  await expect(page.getByTestId("recordings-empty")).toContainText("Turn recording on for a queue");
  await expect(page.getByTestId("recordings-empty-queues")).toHaveAttribute("href", "/queues");
  await expectAccessible(page, "/recordings, empty");

  // A queue that always records; its agent is available; a caller rings and talks for 2.5 s.
  const centre = await setUpCallCentre(email, { queueName: "Sprzedaż", extensions: ["101", "102"], members: ["101"], wrapUpSeconds: 1 });
  const db = forTenant(prisma, centre.tenantId);
  await db.queue.update({ where: { id: centre.queueId }, data: { recordingPolicy: "always" } });
  // The person signed up is the owner; they act as the call centre's supervisor from here on.
  await prisma.membership.updateMany({ where: { tenantId: centre.tenantId }, data: { role: "supervisor" } });
  await setAgentPresence(prisma, centre.tenantId, centre.agents["101"]!, { status: "available" });
  await placeSimulatedCall(centre.number, { from: "+48601234567", hangUpAfterMs: 30_000, dialTargets: { "101": { answerAfterMs: 200, talkMs: 2500 } } }).ended;
  await expect.poll(async () => (await listCallRecordings(db)).length, { timeout: 15_000 }).toBe(1);
  const [recording] = await listCallRecordings(db);

  await page.goto("/recordings");
  const rows = page.getByTestId("recording-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("+48 601 234 567");
  await expect(rows.first()).toContainText("Sprzedaż");
  await expect(rows.first()).toContainText("101 Konsultant 101");
  await expect(page.getByTestId("recordings-total")).toHaveText("1 recording");

  // Filters: by agent, by a caller who never rang, and a date range the wrong way round.
  await page.getByLabel("Agent").selectOption({ label: "101 Konsultant 101" });
  await page.getByLabel("Queue").selectOption({ label: "Sprzedaż" });
  await page.getByTestId("filter-apply").click();
  // The filters are a plain GET form: each search is a page load with the filters in the address.
  await page.waitForURL(new RegExp(`agent=${centre.agents["101"]}&queue=${centre.queueId}`));
  await expect(rows).toHaveCount(1);
  await page.getByLabel("Caller's number").fill("999");
  await page.getByTestId("filter-apply").click();
  await page.waitForURL(/caller=999/);
  await expect(page.getByTestId("recordings-no-match")).toBeVisible();
  await page.goto("/recordings?from=2026-12-05&to=2026-12-01");
  await expect(page.getByTestId("error-to")).toHaveText(/The end date is before the start date/);
  await expect(page.getByTestId("recording-filters-error")).toBeVisible();
  await page.getByTestId("filter-clear").click();
  await expect(rows).toHaveCount(1);

  await playRecording(page, rows.first());
  await expectAccessible(page, "/recordings, playing");
  await downloadRecording(page, rows.first());

  // The same in Polish.
  await page.getByTestId("locale-pl").click();
  await expect(page.getByTestId("locale-pl")).toHaveAttribute("aria-pressed", "true");
  await page.goto("/recordings?from=2026-02-30");
  await expect(page.getByTestId("error-from")).toHaveText(/Wpisz prawdziwą datę/);
  await page.goto(`/recordings?caller=601&agent=${centre.agents["101"]}`);
  await expect(page.getByTestId("page-title")).toHaveText("Nagrania rozmów");
  await expect(page.getByTestId("recordings-total")).toHaveText("1 nagranie");
  await expect(page.getByLabel("Numer dzwoniącego")).toHaveValue("601");
  await playRecording(page, rows.first());
  await downloadRecording(page, rows.first());
  await expectAccessible(page, "/recordings po polsku, odtwarzanie");

  // Every play and download is in the audit log, by the supervisor.
  const audit = await db.auditLog.findMany({ where: { entityId: recording!.id }, orderBy: { createdAt: "asc" }, select: { action: true, userId: true } });
  expect(audit.map((entry) => entry.action)).toEqual(["recording.play", "recording.download", "recording.play", "recording.download"]);
  expect(new Set(audit.map((entry) => entry.userId)).size).toBe(1);
});
