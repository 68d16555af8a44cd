import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { makeClientAddress, signUpThroughUi, type TenantAccount } from "./fixtures";

// Helpers of the extensions, queues, prompts and voicemail journeys.

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
