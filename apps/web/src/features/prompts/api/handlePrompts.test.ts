import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createFlow, createPrismaClient, forTenant, publishFlowVersion } from "@centrala/db";
import { createLocalStorage, readMediaEnv } from "@centrala/media";
import type { ApiSession } from "../../api/ApiSession";
import { signUp } from "../../auth/signUp";
import { handleCreatePrompt, handleDeletePrompt, handleDeleteVariant, handleGetPrompt, handleListPromptLibrary, handlePatchPrompt, handleUploadVariant, type PromptMedia } from "./handlePrompts";

vi.mock("server-only", () => ({}));

// Real PostgreSQL, real files in a real folder, real ffmpeg.
const prisma = createPrismaClient(undefined, 2);
afterAll(() => prisma.$disconnect());
const scratch = mkdtempSync(path.join(os.tmpdir(), "centrala-web-prompts-"));
const media: PromptMedia = {
  storage: createLocalStorage(path.join(scratch, "media")),
  settings: { ...readMediaEnv({ MEDIA_SECRET: "web-prompts-test-secret-123", MEDIA_MAX_UPLOAD_BYTES: String(2 * 1024 * 1024) }) },
  origin: "",
};
const mp3 = (() => {
  const file = path.join(scratch, "tone.mp3");
  execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=3", "-c:a", "libmp3lame", file]);
  return readFileSync(file);
})();

async function createSession(role: ApiSession["role"] = "owner", locale: ApiSession["locale"] = "en"): Promise<ApiSession> {
  const result = await signUp(prisma, { tenantName: "Prompts", name: "Ewa Nowak", email: `prompts-${randomUUID()}@example.com`, password: "Haslo-12345" }, "en");
  if (!result.ok) throw new Error("sign-up failed in test setup");
  return { userId: result.userId, tenantId: result.tenantId, role, locale };
}

const upload = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://web.test/api/prompts/x/variants/pl", { method: "PUT", body, headers: { "x-file-name": encodeURIComponent("Powitanie główne.mp3"), ...headers }, duplex: "half" } as RequestInit);

let owner: ApiSession;
let stranger: ApiSession;
let promptId = "";

beforeAll(async () => {
  [owner, stranger] = await Promise.all([createSession(), createSession()]);
  const created = await handleCreatePrompt(prisma, owner, media, { name: "Powitanie" });
  expect(created.status).toBe(201);
  promptId = (created.body as { prompt: { id: string } }).prompt.id;
});

describe("prompt library API", () => {
  it("uploads a recording, shows its length, completeness and a signed player link", async () => {
    const result = await handleUploadVariant(prisma, owner, media, promptId, "pl", upload(mp3));
    expect(result.status).toBe(200);
    const prompt = (result.body as { prompt: { variants: { language: string; durationMs: number; audioUrl: string; original: { name: string } }[]; missingLanguages: string[] } }).prompt;
    expect(prompt.variants).toHaveLength(1);
    expect(prompt.variants[0]).toMatchObject({ language: "pl", original: { name: "Powitanie główne.mp3" } });
    expect(prompt.variants[0]!.durationMs).toBeGreaterThan(2900);
    expect(prompt.variants[0]!.audioUrl).toMatch(new RegExp(`^/api/prompt-audio/${owner.tenantId}/\\d+\\.[\\w-]{43}/${promptId}/pl\\.wav$`));
    expect(prompt.missingLanguages).toEqual(["en"]);
    const list = await handleListPromptLibrary(prisma, owner, media, "powit");
    expect((list.body as { prompts: { id: string }[] }).prompts.map((p) => p.id)).toEqual([promptId]);
  });

  it("refuses bad uploads with a clear, translated message and keeps what was there", async () => {
    const before = (await handleGetPrompt(prisma, owner, media, promptId)).body;
    const empty = await handleUploadVariant(prisma, owner, media, promptId, "pl", upload(new Uint8Array(0)));
    expect(empty).toMatchObject({ status: 400, body: { error: { code: "EMPTY" } } });
    const png = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"), Buffer.alloc(64)]);
    const picture = await handleUploadVariant(prisma, { ...owner, locale: "pl" }, media, promptId, "pl", upload(png));
    expect(picture).toMatchObject({ status: 415, body: { error: { code: "NOT_AUDIO", message: expect.stringContaining("To nie jest nagranie dźwiękowe, tylko plik PNG") } } });
    const cut = await handleUploadVariant(prisma, owner, media, promptId, "pl", upload(mp3.subarray(0, Math.floor(mp3.length / 2))));
    expect(cut).toMatchObject({ status: 422, body: { error: { code: "TRUNCATED" } } });
    const declaredHuge = await handleUploadVariant(prisma, owner, media, promptId, "pl", upload(new Uint8Array(10), { "content-length": String(200 * 1024 * 1024) }));
    expect(declaredHuge).toMatchObject({ status: 413, body: { error: { code: "TOO_LARGE", message: "The file is too large: the limit is 2 MB. Shorten the recording or save it as MP3." } } });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({ pull(controller) { pulled += 1; controller.enqueue(new Uint8Array(256 * 1024)); if (pulled > 800) controller.close(); } });
    const streamedHuge = await handleUploadVariant(prisma, owner, media, promptId, "pl", upload(endless));
    expect(streamedHuge.status).toBe(413);
    expect(pulled).toBeLessThan(40);
    const wrongLanguage = await handleUploadVariant(prisma, owner, media, promptId, "xx", upload(mp3));
    expect(wrongLanguage.status).toBe(400);
    expect((await handleGetPrompt(prisma, owner, media, promptId)).body).toEqual(before);
  });

  it("renames, refuses a taken name, and refuses deleting a prompt a published flow plays, naming the flow", async () => {
    expect((await handlePatchPrompt(prisma, owner, media, promptId, { name: "Powitanie dzienne" })).status).toBe(200);
    const other = await handleCreatePrompt(prisma, owner, media, { name: "Inne" });
    expect((await handlePatchPrompt(prisma, owner, media, (other.body as { prompt: { id: string } }).prompt.id, { name: "powitanie dzienne" })).status).toBe(409);
    const db = forTenant(prisma, owner.tenantId);
    const doc = { version: 1, nodes: [{ id: "p", kind: "play", position: { x: 0, y: 0 }, data: { prompt: { type: "library", promptId } } }], edges: [] };
    const flow = await createFlow(db, { name: "Linia główna", draft: doc });
    await publishFlowVersion(db, flow.id, { source: doc, ir: {} });
    const refused = await handleDeletePrompt(prisma, owner, media, promptId);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: "IN_USE", flows: [{ id: flow.id, name: "Linia główna" }], message: expect.stringContaining("„Linia główna”") } } });
    expect((await handleGetPrompt(prisma, owner, media, promptId)).status).toBe(200);
  });

  it("answers 404 to another tenant for every route", async () => {
    for (const result of [
      await handleGetPrompt(prisma, stranger, media, promptId),
      await handlePatchPrompt(prisma, stranger, media, promptId, { name: "Mine" }),
      await handleDeletePrompt(prisma, stranger, media, promptId),
      await handleUploadVariant(prisma, stranger, media, promptId, "pl", upload(mp3)),
      await handleDeleteVariant(prisma, stranger, media, promptId, "pl"),
    ]) expect(result.status).toBe(404);
    expect((await handleListPromptLibrary(prisma, stranger, media)).body).toMatchObject({ prompts: [] });
  });

  it("deletes an unused prompt with its files", async () => {
    const created = await handleCreatePrompt(prisma, owner, media, { name: "Tymczasowe" });
    const id = (created.body as { prompt: { id: string } }).prompt.id;
    await handleUploadVariant(prisma, owner, media, id, "en", upload(mp3));
    const keysBefore = (await media.storage.list(`tenants/${owner.tenantId}/prompts/${id}/`)).length;
    expect(keysBefore).toBe(2);
    expect((await handleDeleteVariant(prisma, owner, media, id, "en")).status).toBe(200);
    expect(await media.storage.list(`tenants/${owner.tenantId}/prompts/${id}/`)).toEqual([]);
    expect((await handleDeletePrompt(prisma, owner, media, id)).status).toBe(200);
    expect((await handleGetPrompt(prisma, owner, media, id)).status).toBe(404);
  });
});
