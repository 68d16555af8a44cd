import { expect, test } from "./fixtures";
import { expectAccessible } from "./expectAccessible";
import { createExtensionThroughApi, leaveVoicemails, signUpStranger } from "./buildScreensHelpers";

test.describe.configure({ timeout: 180_000 });
// A phone-sized screen: the inbox must work at 390 px wide.
test.use({ viewport: { width: 390, height: 844 } });

test("the inbox lists a mailbox's messages, plays and downloads them, and a deletion can be undone", async ({ signedInTenant: { page, email }, browser }) => {
  await page.goto("/voicemail");
  await expect(page.getByTestId("voicemail-empty")).toContainText("Turn on “Voicemail box”");
  await expectAccessible(page, "empty voicemail");

  await createExtensionThroughApi(page.request, "201", "Office", true);
  const [olderId] = await leaveVoicemails(email, "201", [
    { from: "+48600700800", seconds: 3, minutesAgo: 30 },
    { from: "+48221234567", seconds: 2, minutesAgo: 5 },
  ]);
  await page.reload();
  await expect(page.getByTestId("mailbox-201")).toContainText("201 Office");
  await expect(page.getByTestId("mailbox-201")).toContainText("2 new");
  await page.getByTestId("mailbox-201").click();
  const messages = page.getByTestId("voicemail-message");
  await expect(messages.getByTestId("voicemail-caller")).toHaveText(["From +48 22 123 45 67", "From +48 600 700 800"]);
  await expect(messages.getByTestId("voicemail-duration")).toHaveText(["2 sec", "3 sec"]);
  await expect(messages.getByTestId("voicemail-state")).toHaveText(["New", "New"]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, "voicemail inbox at 390 px");

  // Playing marks the message heard; its signed link answers with the audio.
  const newest = messages.first();
  const player = newest.getByTestId("voicemail-player");
  expect(await player.evaluate(async (element: HTMLAudioElement) => {
    element.muted = true;
    await element.play();
    return element.duration;
  })).toBeCloseTo(2, 0);
  await expect(newest.getByTestId("voicemail-state")).toHaveText("Heard");
  await expect(page.getByTestId("mailbox-201")).toContainText("1 new");
  const audio = await page.request.get((await player.getAttribute("src")) ?? "");
  expect(audio.status()).toBe(200);
  expect(audio.headers()["content-type"]).toBe("audio/wav");
  const download = await page.request.get((await newest.getByTestId("voicemail-download").getAttribute("href")) ?? "");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  await page.reload();
  await expect(page.getByTestId("voicemail-message").first().getByTestId("voicemail-state")).toHaveText("Heard");
  await page.getByTestId("voicemail-message").first().getByTestId("voicemail-toggle-heard").click();
  await expect(page.getByTestId("voicemail-message").first().getByTestId("voicemail-state")).toHaveText("New");

  // Delete, then undo from the toast; delete again and it stays gone.
  await page.getByTestId("voicemail-message").last().getByTestId("voicemail-delete").click();
  await expect(page.getByTestId("voicemail-message")).toHaveCount(1);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("voicemail-message")).toHaveCount(2);
  await page.reload();
  await expect(page.getByTestId("voicemail-message")).toHaveCount(2);
  await page.getByTestId("voicemail-message").last().getByTestId("voicemail-delete").click();
  await expect(page.getByTestId("voicemail-message")).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId("voicemail-caller")).toHaveText(["From +48 22 123 45 67"]);

  // Another organisation sees none of it and cannot change it or forge its links.
  const stranger = await signUpStranger(browser);
  try {
    expect(((await (await stranger.page.request.get("/api/recordings?kind=voicemail")).json()) as { recordings: unknown[] }).recordings).toEqual([]);
    const [remaining] = ((await (await page.request.get("/api/recordings?kind=voicemail")).json()) as { recordings: { id: string; playUrl: string }[] }).recordings;
    expect((await stranger.page.request.patch(`/api/recordings/${remaining?.id}`, { data: { heard: true } })).status()).toBe(404);
    expect((await stranger.page.request.delete(`/api/recordings/${remaining?.id}`)).status()).toBe(404);
    expect((await stranger.page.request.post(`/api/recordings/${olderId}/restore`)).status()).toBe(404);
    // The signed link of one message does not open another.
    expect((await stranger.page.request.get((remaining?.playUrl ?? "").replace(remaining?.id ?? "", olderId ?? ""))).status()).toBeGreaterThanOrEqual(400);
    await stranger.page.goto("/voicemail");
    await expect(stranger.page.getByTestId("voicemail-empty")).toBeVisible();
  } finally {
    await stranger.close();
  }
});
