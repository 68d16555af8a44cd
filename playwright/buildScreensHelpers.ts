import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { createPrismaClient, createRecording, forTenant } from "@centrala/db";
import { buildRecordingKey } from "../packages/media/src/keys/mediaKeys";
import { createLocalStorage } from "../packages/media/src/storage/createLocalStorage";
import { makeClientAddress, signUpThroughUi, type TenantAccount } from "./fixtures";

// Helpers of the extensions, queues, prompts and voicemail journeys.

/**
 * The project's browser plus Chromium's fake microphone (a beep), granted without asking: for the
 * journeys that record a prompt in the browser (`test.use({ launchOptions: fakeMicrophoneLaunchOptions })`).
 */
export const fakeMicrophoneLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
  ],
};

/** Creates an extension through the API (as the signed-in page's member) and returns its id. */
export async function createExtensionThroughApi(request: APIRequestContext, number: string, name: string, voicemailEnabled = false): Promise<string> {
  const response = await request.post("/api/extensions", { data: { number, name, voicemailEnabled } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { extension: { id: string } }).extension.id;
}

/** Creates a flow from a template with the given choices and publishes it; returns the flow id. */
export async function publishTemplateThroughApi(request: APIRequestContext, templateId: string, name: string, choices: Record<string, unknown>): Promise<string> {
  const created = await request.post("/api/flows/from-template", { data: { templateId, name, ...choices } });
  expect(created.status(), await created.text()).toBe(201);
  const flowId = ((await created.json()) as { flow: { id: string } }).flow.id;
  const published = await request.post(`/api/flows/${flowId}/publish`, { data: { note: "first" } });
  expect(published.status(), await published.text()).toBe(201);
  return flowId;
}

/** Another organisation, signed in in its own browser context (for isolation checks). */
export async function signUpStranger(browser: Browser, label = "Obce"): Promise<{ page: Page; close: () => Promise<void>; account: TenantAccount }> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": makeClientAddress() } });
  const page = await context.newPage();
  const account = await signUpThroughUi(page, { email: `e2e-${label.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`, password: "Centrala-e2e-2026", tenantName: `${label} ${Date.now()}`, name: "Obcy Tester" });
  return { page, account, close: () => context.close() };
}

/** A mono 16-bit PCM WAV file with a sine tone, written by hand (no audio files in the repository). */
export function makeToneWav(seconds: number, hertz = 440, sampleRate = 8000): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write("RIFF", 0, "ascii");
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write("WAVE", 8, "ascii");
  wav.write("fmt ", 12, "ascii");
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write("data", 36, "ascii");
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i += 1) wav.writeInt16LE(Math.round(Math.sin((2 * Math.PI * hertz * i) / sampleRate) * 12_000), 44 + i * 2);
  return wav;
}

/** Drops a file on an element the way a person drags one from their desktop (a real DataTransfer). */
export async function dropFile(page: Page, testId: string, name: string, bytes: Buffer, type: string): Promise<void> {
  await page.getByTestId(testId).evaluate((target, file) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }));
    for (const kind of ["dragenter", "dragover", "drop"]) target.dispatchEvent(new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { base64: bytes.toString("base64"), name, type });
}

/** Records every value a progress bar shows (a MutationObserver), so a fast upload's progress is still seen. */
export async function watchProgressBars(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenProgress: string[] }).seenProgress = seen;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll("[role=progressbar]")) {
        const value = bar.getAttribute("aria-valuenow") ?? "";
        if (seen.at(-1) !== value) seen.push(value);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-valuenow"] });
  });
  return () => page.evaluate(() => (window as unknown as { seenProgress: string[] }).seenProgress);
}

/**
 * The media folder of the web server under test: E2E_MEDIA_DIR, else the one playwright.config.ts
 * makes for the test runner's process (this worker's parent).
 */
export function readE2eMediaDir(): string {
  return process.env.E2E_MEDIA_DIR ?? path.join(os.tmpdir(), `centrala-e2e-media-${process.ppid}`);
}

/**
 * Stores voicemail messages as the runtime does after a call: the WAV in media storage, the row
 * through @centrala/db. Returns their ids, oldest first.
 */
export async function leaveVoicemails(ownerEmail: string, mailbox: string, messages: { from: string; seconds: number; minutesAgo: number }[]): Promise<string[]> {
  const prisma = createPrismaClient(undefined, 1);
  try {
    const membership = await prisma.membership.findFirstOrThrow({ where: { user: { email: ownerEmail } }, select: { tenantId: true } });
    const storage = createLocalStorage(readE2eMediaDir());
    const ids: string[] = [];
    for (const message of messages) {
      const id = randomUUID();
      const wav = makeToneWav(message.seconds, 523, 8000);
      const storageKey = buildRecordingKey(membership.tenantId, id);
      await storage.put(storageKey, wav);
      await createRecording(forTenant(prisma, membership.tenantId), { id, callId: null, kind: "voicemail", mailbox, fromNumber: message.from, storageKey, sizeBytes: wav.length, durationMs: message.seconds * 1000 });
      await prisma.recording.update({ where: { id }, data: { createdAt: new Date(Date.now() - message.minutesAgo * 60_000) } });
      ids.push(id);
    }
    return ids;
  } finally {
    await prisma.$disconnect();
  }
}
