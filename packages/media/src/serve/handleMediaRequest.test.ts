import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRecordingKey } from "../keys/mediaKeys";
import { buildPromptAudioUrl, buildPromptBaseUrl, buildRecordingUrl } from "../signing/mediaUrls";
import { createLocalStorage } from "../storage/createLocalStorage";
import { readWavInfo } from "../audio/readWavInfo";
import { HOLD_MELODY_DURATION_MS } from "../audio/generateHoldMelody";
import { createMediaRequestHandler, DEFAULT_HOLD_MUSIC_ID, type MediaResolver } from "./handleMediaRequest";
import { sendMediaResponse } from "./sendMediaResponse";

// Real HTTP over loopback: the handler behind a plain Node server, as in the runtime.
const key = randomBytes(32);
const storage = createLocalStorage(mkdtempSync(path.join(os.tmpdir(), "centrala-serve-")));
const audio = Buffer.concat([Buffer.from("RIFF"), randomBytes(9996)]);
const promptKey = "tenants/tenantA/prompts/p1/pl/r1/normalised.wav";
const modifiedAt = new Date("2026-06-01T10:00:00Z");
let clock = Date.UTC(2026, 5, 10, 12);
const resolver: MediaResolver = {
  async resolvePrompt(tenantId, promptId, language) {
    if (tenantId !== "tenantA" || promptId !== "p1") return null;
    return { key: promptKey, sizeBytes: audio.length, etag: `"v1-${language.slice(0, 2)}"`, modifiedAt, fileName: "welcome.wav" };
  },
  async resolveRecording(tenantId, recordingId) {
    return tenantId === "tenantA" && recordingId === "rec1" ? { key: buildRecordingKey("tenantA", "rec1"), sizeBytes: audio.length, etag: '"rec1"', modifiedAt, fileName: "voicemail.wav" } : null;
  },
};
const handle = createMediaRequestHandler({ storage, signingKey: key, resolver, now: () => clock });
const server = http.createServer((req, res) => void handle({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers }).then((r) => sendMediaResponse(res, r)));
let origin = "";

beforeAll(async () => {
  await storage.put(promptKey, audio);
  await storage.put(buildRecordingKey("tenantA", "rec1"), audio);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const promptUrl = (tenantId = "tenantA", promptId = "p1") => buildPromptAudioUrl(buildPromptBaseUrl(origin, key, tenantId, clock), promptId, "pl-PL");

describe("serving prompt and recording audio", () => {
  it("serves a prompt with its type, length, validators and cache lifetime", async () => {
    const res = await fetch(promptUrl());
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "audio/wav", "content-length": "10000", "accept-ranges": "bytes", etag: '"v1-pl"',
      "last-modified": modifiedAt.toUTCString(), "cache-control": "private, max-age=300",
    });
    expect(Buffer.from(await res.arrayBuffer())).toEqual(audio);
  });

  it("answers HEAD (how jambonz's media server revalidates its cache) without a body", async () => {
    const res = await fetch(promptUrl(), { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe("10000");
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it("answers 304 to a matching If-None-Match or an unchanged If-Modified-Since", async () => {
    expect((await fetch(promptUrl(), { headers: { "if-none-match": '"v1-pl"' } })).status).toBe(304);
    expect((await fetch(promptUrl(), { headers: { "if-none-match": '"old"' } })).status).toBe(200);
    expect((await fetch(promptUrl(), { headers: { "if-modified-since": modifiedAt.toUTCString() } })).status).toBe(304);
    expect((await fetch(promptUrl(), { headers: { "if-modified-since": new Date(modifiedAt.getTime() - 1000).toUTCString() } })).status).toBe(200);
  });

  it("serves byte ranges with 206, and 416 past the end", async () => {
    const res = await fetch(promptUrl(), { headers: { range: "bytes=100-199" } });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe("bytes 100-199/10000");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(audio.subarray(100, 200));
    const tail = await fetch(promptUrl(), { headers: { range: "bytes=-10" } });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(audio.subarray(9990));
    const past = await fetch(promptUrl(), { headers: { range: "bytes=10000-" } });
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe("bytes */10000");
    expect((await fetch(promptUrl(), { headers: { range: "bytes=0-9", "if-range": '"stale"' } })).status).toBe(200);
  });

  it("refuses a tampered or expired link with 403, another tenant's prompt with 404", async () => {
    const url = promptUrl();
    const tampered = url.replace(/\/prompt-audio\/tenantA\/(\d+)\./, (_m, exp: string) => `/prompt-audio/tenantA/${Number(exp) + 86400}.`);
    expect((await fetch(tampered)).status).toBe(403);
    const otherTenant = promptUrl("tenantB", "p1");
    expect((await fetch(otherTenant)).status).toBe(404);
    // tenantA's grant, tenantB in the path: the signature covers the tenant.
    expect((await fetch(url.replace("/tenantA/", "/tenantB/"))).status).toBe(403);
    const saved = clock;
    clock += 3 * 86_400_000;
    const expired = await fetch(url);
    clock = saved;
    expect(expired.status).toBe(403);
    expect(await expired.text()).toBe("This audio link has expired");
    expect((await fetch(url, { method: "POST" })).status).toBe(405);
  });

  it("serves recordings for playback and as a download, each link for its own recording only", async () => {
    const play = await fetch(buildRecordingUrl(origin, key, "tenantA", "rec1", clock));
    expect(play.status).toBe(200);
    expect(play.headers.get("content-disposition")).toBe('inline; filename="voicemail.wav"');
    const download = await fetch(buildRecordingUrl(origin, key, "tenantA", "rec1", clock, true));
    expect(download.headers.get("content-disposition")).toBe('attachment; filename="voicemail.wav"');
    const forged = buildRecordingUrl(origin, key, "tenantA", "rec1", clock).replace("/rec1.wav", "/rec2.wav");
    expect((await fetch(forged)).status).toBe(403);
  });

  it("serves the project's own music on hold to every tenant", async () => {
    const res = await fetch(promptUrl("tenantZ", DEFAULT_HOLD_MUSIC_ID));
    expect(res.status).toBe(200);
    const info = readWavInfo(Buffer.from(await res.arrayBuffer()));
    expect(info).toMatchObject({ sampleRate: 16_000, channels: 1, durationMs: HOLD_MELODY_DURATION_MS });
  });
});
