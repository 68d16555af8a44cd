import { expect, test } from "./fixtures";
import { expectAccessible } from "./expectAccessible";
import { dropFile, fakeMicrophoneLaunchOptions, makeToneWav, signUpStranger, watchProgressBars } from "./buildScreensHelpers";

test.describe.configure({ timeout: 180_000 });
// Chromium's fake microphone, granted without asking: this file only.
test.use({ launchOptions: fakeMicrophoneLaunchOptions });

const png = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"), Buffer.alloc(64)]);

test("a prompt is uploaded by drag and drop with progress, bad files are refused clearly, and each language plays", async ({ signedInTenant: { page }, browser }) => {
  await page.goto("/prompts");
  await expect(page.getByTestId("prompts-empty")).toContainText("upload a recording");
  await expectAccessible(page, "empty prompt library");

  await page.getByTestId("new-prompt").click();
  await page.getByLabel("Name", { exact: true }).fill("Welcome");
  await page.getByLabel("Script (optional)").fill("Welcome to our office.");
  await page.getByTestId("create-prompt").click();
  const card = page.getByTestId("prompt-card");
  await expect(card.getByTestId("prompt-completeness")).toHaveText("0 of 2 languages");
  await expect(card.getByTestId("variant-en-missing")).toBeVisible();
  await expect(card.getByTestId("prompt-used-in")).toContainText("Not used yet");

  // The server reads the content, not the name: a picture called .wav, an empty file.
  await card.getByTestId("variant-pl-file").setInputFiles({ name: "logo.wav", mimeType: "audio/wav", buffer: png });
  await expect(card.getByTestId("variant-pl-error")).toContainText("not an audio recording but a PNG");
  await card.getByTestId("variant-pl-file").setInputFiles({ name: "empty.wav", mimeType: "audio/wav", buffer: Buffer.alloc(0) });
  await expect(card.getByTestId("variant-pl-error")).toContainText("empty (0 bytes)");
  await expect(card.getByTestId("variant-pl-missing")).toBeVisible();

  // A real WAV dropped on the English drop zone: the bar moves to 100 %, then the player appears.
  const seenProgress = await watchProgressBars(page);
  await dropFile(page, "variant-en-drop", "welcome-en.wav", makeToneWav(20, 440, 16_000), "audio/wav");
  await expect(card.getByTestId("variant-en-duration")).toHaveText("20.0 sec", { timeout: 60_000 });
  expect(await seenProgress()).toContain("100");
  await expect(card.getByTestId("prompt-completeness")).toHaveText("1 of 2 languages");
  const player = card.getByTestId("variant-en-player");
  const src = (await player.getAttribute("src")) ?? "";
  const audio = await page.request.get(src);
  expect(audio.status()).toBe(200);
  expect(audio.headers()["content-type"]).toContain("audio/");
  expect(await player.evaluate(async (element: HTMLAudioElement) => {
    element.load();
    await new Promise((resolve, reject) => { element.onloadedmetadata = resolve; element.onerror = reject; });
    return Math.round(element.duration);
  })).toBe(20);

  await card.getByTestId("variant-pl-file").setInputFiles({ name: "witamy.wav", mimeType: "audio/wav", buffer: makeToneWav(1.5, 660) });
  await expect(card.getByTestId("variant-pl-duration")).toHaveText("1.5 sec", { timeout: 60_000 });
  await expect(card.getByTestId("prompt-completeness")).toHaveText("All languages");
  await expectAccessible(page, "prompt library with recordings");

  // A signed URL with its signature changed plays nothing; another organisation cannot reach the prompt.
  const parts = src.split("/");
  const grant = parts[parts.length - 3] ?? "";
  parts[parts.length - 3] = `${grant.slice(0, -2)}${grant.endsWith("AA") ? "BB" : "AA"}`;
  const tampered = parts.join("/");
  expect(tampered).not.toBe(src);
  expect((await page.request.get(tampered)).status()).toBeGreaterThanOrEqual(400);
  const promptId = ((await (await page.request.get("/api/prompts")).json()) as { prompts: { id: string }[] }).prompts[0]?.id ?? "";
  const stranger = await signUpStranger(browser);
  try {
    expect(((await (await stranger.page.request.get("/api/prompts")).json()) as { prompts: unknown[] }).prompts).toEqual([]);
    expect((await stranger.page.request.get(`/api/prompts/${promptId}`)).status()).toBe(404);
    expect((await stranger.page.request.patch(`/api/prompts/${promptId}`, { data: { name: "Taken" } })).status()).toBe(404);
    expect((await stranger.page.request.put(`/api/prompts/${promptId}/variants/pl`, { data: makeToneWav(1), headers: { "content-type": "audio/wav" } })).status()).toBe(404);
    expect((await stranger.page.request.delete(`/api/prompts/${promptId}/variants/en`)).status()).toBe(404);
    expect((await stranger.page.request.delete(`/api/prompts/${promptId}`)).status()).toBe(404);
  } finally {
    await stranger.close();
  }

  // Music on hold of a queue: the card says where it is used and keeps it from being deleted.
  const queue = await page.request.post("/api/queues", { data: { name: "Sales", holdMusic: [promptId] } });
  expect(queue.status()).toBe(201);
  await page.reload();
  await expect(card.getByTestId("prompt-used-in")).toContainText("Sales (music on hold)");
  await expect(card.getByTestId("delete-prompt")).toBeDisabled();
  await expect(card.getByTestId("prompt-delete-blocked")).toBeVisible();
});

test.describe("recorded in the browser, in Polish", () => {
  test.use({ locale: "pl-PL" });

  test("a prompt is recorded with the microphone, trimmed on its waveform and uploaded", async ({ signedInTenant: { page } }) => {
    await page.goto("/prompts");
    await page.getByTestId("new-prompt").click();
    await page.getByLabel("Nazwa", { exact: true }).fill("Powitanie");
    await page.getByTestId("create-prompt").click();
    const card = page.getByTestId("prompt-card");
    await expect(card.getByTestId("prompt-completeness")).toHaveText("Języki: 0 z 2");

    await card.getByTestId("variant-pl-record").click();
    await page.getByTestId("recorder-start").click();
    await expect(page.getByTestId("recorder-elapsed")).toHaveText("Nagrywanie… 2 s", { timeout: 20_000 });
    await page.getByTestId("recorder-stop").click();
    await expect(page.getByTestId("recorder-waveform").locator("canvas").first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByLabel("Koniec (sekundy)")).not.toHaveValue("0");
    const end = Number(await page.getByLabel("Koniec (sekundy)").inputValue());
    expect(end).toBeGreaterThanOrEqual(2);
    await page.getByLabel("Początek (sekundy)").fill("0.5");
    await expect(page.getByTestId("recorder-kept")).toContainText(`Zostaje ${String(Math.round((end - 0.5) * 10) / 10).replace(".", ",")} s`);
    await expectAccessible(page, "nagrywanie");
    await page.getByTestId("recorder-upload").click();
    await expect(page.getByTestId("prompt-recorder")).toBeHidden({ timeout: 60_000 });
    const seconds = Number((await card.getByTestId("variant-pl-duration").textContent())?.replace(",", ".").replace(/[^\d.]/g, ""));
    expect(seconds).toBeGreaterThan(end - 0.5 - 0.3);
    expect(seconds).toBeLessThan(end - 0.5 + 0.3);
    await expect(card.getByTestId("prompt-completeness")).toHaveText("Języki: 1 z 2");
    await expect(card.getByTestId("variant-pl-player")).toHaveAttribute("src", /\/api\/prompt-audio\//);
  });
});
