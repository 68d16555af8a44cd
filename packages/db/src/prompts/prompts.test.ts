import { createReadStream, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AudioError, buildTenantPrefix, createLocalStorage } from "@centrala/media";
import { createPrismaClient, type Db } from "../createPrismaClient";
import { forTenant, SCOPED_TENANT } from "../forTenant";
import { createFlow, publishFlowVersion } from "../flows";
import { createTestTenant } from "../testing/createTestTenant";
import { createPrompt, deletePrompt, deletePromptVariant, getPrompt, listPrompts, updatePrompt } from "./prompts";
import { savePromptVariant } from "./savePromptVariant";
import { resolvePromptAudio } from "./resolvePromptAudio";
import { loadHoldMusic, setQueueHoldMusic } from "./queueHoldMusic";
import { pickPromptVariant } from "./promptLanguages";
import { listReferencedPromptIds } from "./listReferencedPromptIds";

const scratch = mkdtempSync(path.join(os.tmpdir(), "centrala-prompts-"));
const storage = createLocalStorage(path.join(scratch, "media"));
const settings = { maxUploadBytes: 10 * 1024 * 1024, maxSeconds: 120, ffmpegPath: "ffmpeg", ffprobePath: "ffprobe" };

function makeMp3(name: string, seconds: number): string {
  const file = path.join(scratch, name);
  execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", `sine=frequency=440:duration=${seconds}`, "-c:a", "libmp3lame", file]);
  return file;
}

let prisma: Db;
let a: Awaited<ReturnType<typeof createTestTenant>>;
let b: Awaited<ReturnType<typeof createTestTenant>>;

beforeAll(async () => {
  prisma = createPrismaClient(undefined, 3);
  [a, b] = await Promise.all([createTestTenant(prisma, "Prompts"), createTestTenant(prisma, "Stranger")]);
});
afterAll(() => prisma.$disconnect());

const flowUsing = (promptId: string) => ({ version: 1, nodes: [{ id: "hello", kind: "play", position: { x: 0, y: 0 }, data: { prompt: { type: "library", promptId } } }], edges: [] });

describe("the prompt library", () => {
  it("uploads a variant per language, replaces one without leaving old files, and plays the call's language", async () => {
    const db = forTenant(prisma, a.tenant.id);
    const { id } = await createPrompt(db, { name: "Powitanie", userId: a.user.id });
    const pl = await savePromptVariant(db, storage, settings, { tenantId: a.tenant.id, promptId: id, language: "pl", fileName: "powitanie.mp3", body: createReadStream(makeMp3("pl.mp3", 2)), userId: a.user.id });
    expect(pl).toMatchObject({ language: "pl", originalMime: "audio/mpeg", sampleRate: 16_000, originalName: "powitanie.mp3" });
    expect(pl.durationMs).toBeGreaterThan(1900);
    expect(pl.normalisedKey.startsWith(buildTenantPrefix(a.tenant.id))).toBe(true);
    await savePromptVariant(db, storage, settings, { tenantId: a.tenant.id, promptId: id, language: "en", fileName: "hello.mp3", body: createReadStream(makeMp3("en.mp3", 3)) });
    const replaced = await savePromptVariant(db, storage, settings, { tenantId: a.tenant.id, promptId: id, language: "pl", fileName: "powitanie-2.mp3", body: createReadStream(makeMp3("pl2.mp3", 4)) });
    expect(replaced.id).toBe(pl.id);
    expect(replaced.normalisedKey).not.toBe(pl.normalisedKey);
    expect(await storage.stat(pl.normalisedKey)).toBeNull();
    expect(await storage.stat(pl.originalKey)).toBeNull();
    expect((await storage.list(buildTenantPrefix(a.tenant.id))).length).toBe(4);

    const detail = await getPrompt(db, id);
    expect(detail?.variants.map((v) => [v.language, Math.round(v.durationMs / 1000)])).toEqual([["en", 3], ["pl", 4]]);
    expect((await resolvePromptAudio(prisma, a.tenant.id, id, "pl-PL"))?.language).toBe("pl");
    expect((await resolvePromptAudio(prisma, a.tenant.id, id, "de-DE"))?.language).toBe("en");
    expect(await resolvePromptAudio(prisma, b.tenant.id, id, "pl-PL")).toBeNull();

    await deletePromptVariant(db, id, "en");
    expect((await resolvePromptAudio(prisma, a.tenant.id, id, "en-GB"))?.language).toBe("pl");
  });

  it("refuses a bad upload and keeps the recording that was there", async () => {
    const db = forTenant(prisma, a.tenant.id);
    const { id } = await createPrompt(db, { name: "Kept" });
    const good = await savePromptVariant(db, storage, settings, { tenantId: a.tenant.id, promptId: id, language: "pl", fileName: "a.mp3", body: createReadStream(makeMp3("kept.mp3", 1)) });
    const before = (await storage.list(buildTenantPrefix(a.tenant.id))).length;
    const png = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"), Buffer.alloc(100)]);
    await expect(savePromptVariant(db, storage, settings, { tenantId: a.tenant.id, promptId: id, language: "pl", fileName: "x.wav", body: [png] })).rejects.toBeInstanceOf(AudioError);
    await expect(savePromptVariant(db, storage, settings, { tenantId: a.tenant.id, promptId: id, language: "de", fileName: "x.wav", body: [png] })).rejects.toThrow(/Language must be one of pl, en/);
    expect((await getPrompt(db, id))?.variants[0]?.id).toBe(good.id);
    expect((await resolvePromptAudio(prisma, a.tenant.id, id, "pl"))?.key).toBe(good.normalisedKey);
    expect((await storage.list(buildTenantPrefix(a.tenant.id))).length).toBe(before);
  });

  it("keeps names unique per tenant and renames without touching flows", async () => {
    const db = forTenant(prisma, a.tenant.id);
    const { id } = await createPrompt(db, { name: "Menu" });
    await expect(createPrompt(db, { name: " menu " })).rejects.toMatchObject({ code: "NAME_TAKEN" });
    await createPrompt(forTenant(prisma, b.tenant.id), { name: "Menu" });
    await updatePrompt(db, id, { name: "Main menu" });
    expect((await getPrompt(db, id))?.name).toBe("Main menu");
  });

  it("lists where a prompt is used and refuses to delete it while a published flow or a queue plays it", async () => {
    const db = forTenant(prisma, a.tenant.id);
    const { id } = await createPrompt(db, { name: "Used" });
    await savePromptVariant(db, storage, settings, { tenantId: a.tenant.id, promptId: id, language: "pl", fileName: "u.mp3", body: createReadStream(makeMp3("used.mp3", 1)) });
    const draftOnly = await createFlow(db, { name: "Draft only", draft: flowUsing(id) });
    const live = await createFlow(db, { name: "Live line", draft: flowUsing(id) });
    await publishFlowVersion(db, live.id, { source: flowUsing(id), ir: {} });

    const usage = (await getPrompt(db, id))!.usedIn;
    expect(usage.flows).toEqual([
      { id: draftOnly.id, name: "Draft only", inDraft: true, inPublished: false, publishedVersion: null },
      { id: live.id, name: "Live line", inDraft: true, inPublished: true, publishedVersion: 1 },
    ]);
    await expect(deletePrompt(db, id)).rejects.toMatchObject({ code: "IN_USE", message: "“Used” is in use by flow “Live line”", details: { flows: [{ id: live.id }] } });

    // Taken out of the live flow, but now a queue's music on hold.
    await publishFlowVersion(db, live.id, { source: { version: 1, nodes: [], edges: [] }, ir: {} });
    const queue = await db.queue.create({ data: { name: `support-${id}`, tenantId: SCOPED_TENANT } });
    await setQueueHoldMusic(db, queue.id, [id]);
    await expect(deletePrompt(db, id)).rejects.toMatchObject({ code: "IN_USE", details: { queues: [{ id: queue.id }] } });
    await setQueueHoldMusic(db, queue.id, []);

    const keys = await deletePrompt(db, id, a.user.id);
    expect(keys).toHaveLength(2);
    expect(await getPrompt(db, id)).toBeNull();
  });

  it("gives another tenant nothing: not found for every read and change", async () => {
    const dbA = forTenant(prisma, a.tenant.id);
    const dbB = forTenant(prisma, b.tenant.id);
    const { id } = await createPrompt(dbA, { name: "Private" });
    expect(await getPrompt(dbB, id)).toBeNull();
    expect((await listPrompts(dbB)).some((p) => p.id === id)).toBe(false);
    await expect(updatePrompt(dbB, id, { name: "Stolen" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deletePrompt(dbB, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(savePromptVariant(dbB, storage, settings, { tenantId: b.tenant.id, promptId: id, language: "pl", fileName: "x.mp3", body: createReadStream(makeMp3("x.mp3", 1)) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const queueB = await dbB.queue.create({ data: { name: "b-queue", tenantId: SCOPED_TENANT } });
    await expect(setQueueHoldMusic(dbB, queueB.id, [id])).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("gives a waiting caller the queue's playlist in their language, or the node's hold prompt", async () => {
    const db = forTenant(prisma, a.tenant.id);
    const first = await createPrompt(db, { name: "Song 1" });
    const second = await createPrompt(db, { name: "Song 2" });
    await savePromptVariant(db, storage, settings, { tenantId: a.tenant.id, promptId: first.id, language: "en", fileName: "1.mp3", body: createReadStream(makeMp3("s1.mp3", 2)) });
    await savePromptVariant(db, storage, settings, { tenantId: a.tenant.id, promptId: second.id, language: "pl", fileName: "2.mp3", body: createReadStream(makeMp3("s2.mp3", 3)) });
    const queue = await db.queue.create({ data: { name: "music", tenantId: SCOPED_TENANT } });
    expect(await loadHoldMusic(prisma, a.tenant.id, "music", "pl-PL")).toBeNull();
    expect(await loadHoldMusic(prisma, a.tenant.id, "music", "pl-PL", second.id)).toEqual([{ promptId: second.id, language: "pl", durationMs: expect.any(Number) }]);
    await setQueueHoldMusic(db, queue.id, [first.id, second.id]);
    const tracks = await loadHoldMusic(prisma, a.tenant.id, "music", "pl-PL");
    expect(tracks?.map((t) => [t.promptId, t.language, Math.round(t.durationMs / 1000)])).toEqual([[first.id, "en", 2], [second.id, "pl", 3]]);
    expect(await loadHoldMusic(prisma, b.tenant.id, "music", "pl-PL")).toBeNull();
    const empty = await createPrompt(db, { name: "No recording" });
    await expect(setQueueHoldMusic(db, queue.id, [empty.id])).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("prompt helpers", () => {
  it("picks the call's language, then English, then Polish, then anything", () => {
    const v = (language: string) => ({ language });
    expect(pickPromptVariant([v("en"), v("pl")], "pl-PL")?.language).toBe("pl");
    expect(pickPromptVariant([v("pl"), v("en")], "de-DE")?.language).toBe("en");
    expect(pickPromptVariant([v("pl")], "en-US")?.language).toBe("pl");
    expect(pickPromptVariant([v("de")], "en-US")?.language).toBe("de");
    expect(pickPromptVariant([], "en-US")).toBeNull();
  });

  it("finds library prompts anywhere in a document", () => {
    const doc = { nodes: [{ data: { prompt: { type: "library", promptId: "a" }, nested: [{ type: "library", promptId: "b" }] } }, { data: { prompt: { type: "tts", text: "x" } } }, { data: { prompt: { type: "library", promptId: "" } } }] };
    expect([...listReferencedPromptIds(doc)].sort()).toEqual(["a", "b"]);
  });
});
