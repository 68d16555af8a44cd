import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { readPlaybackGrantExpiry, readPromptGrantExpiry, signMediaGrant, verifyMediaGrant } from "./mediaGrant";
import { buildPromptAudioUrl, buildPromptBaseUrl, buildRecordingUrl, parseMediaPath } from "./mediaUrls";

const key = randomBytes(32);
const day = 86_400_000;
const noon = Date.UTC(2026, 5, 10, 12, 0, 0);

describe("signed media grants", () => {
  it("verifies a grant for its own scope until it expires, and never after", () => {
    const token = signMediaGrant(key, ["prompt", "t1"], noon + 60_000);
    expect(verifyMediaGrant(key, ["prompt", "t1"], token, noon)).toEqual({ ok: true, expiresAtMs: noon + 60_000 });
    expect(verifyMediaGrant(key, ["prompt", "t1"], token, noon + 60_000)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses another tenant's scope, another key, a changed expiry and garbage", () => {
    const token = signMediaGrant(key, ["prompt", "t1"], noon + day);
    expect(verifyMediaGrant(key, ["prompt", "t2"], token, noon)).toEqual({ ok: false, reason: "bad-signature" });
    expect(verifyMediaGrant(randomBytes(32), ["prompt", "t1"], token, noon)).toEqual({ ok: false, reason: "bad-signature" });
    const [exp, mac] = token.split(".");
    expect(verifyMediaGrant(key, ["prompt", "t1"], `${Number(exp) + 3600}.${mac}`, noon)).toEqual({ ok: false, reason: "bad-signature" });
    expect(verifyMediaGrant(key, ["prompt", "t1"], "nonsense", noon)).toEqual({ ok: false, reason: "malformed" });
    expect(verifyMediaGrant(key, ["prompt", "t1"], `${exp}.${mac!.slice(1)}`, noon)).toEqual({ ok: false, reason: "malformed" });
    // A grant for one recording opens no other.
    expect(verifyMediaGrant(key, ["recording", "t1", "r1"], signMediaGrant(key, ["recording", "t1", "r2"], noon + day), noon).ok).toBe(false);
  });

  it("keeps prompt URLs the same all UTC day (jambonz caches by URL) and valid for at least a day", () => {
    const start = Date.UTC(2026, 5, 10);
    expect(readPromptGrantExpiry(start)).toBe(start + 2 * day);
    expect(readPromptGrantExpiry(start + day - 1)).toBe(start + 2 * day);
    expect(readPromptGrantExpiry(start + day)).toBe(start + 3 * day);
    const morning = buildPromptBaseUrl("http://jambonz-reaches-me:3200/", key, "tenant1", start + 1000);
    const evening = buildPromptBaseUrl("http://jambonz-reaches-me:3200", key, "tenant1", start + day - 1000);
    expect(morning).toBe(evening);
    expect(morning).toMatch(/^http:\/\/jambonz-reaches-me:3200\/api\/prompt-audio\/tenant1\/\d+\.[A-Za-z0-9_-]{43}$/);
    expect(buildPromptBaseUrl("http://x", key, "tenant2", start)).not.toBe(buildPromptBaseUrl("http://x", key, "tenant1", start));
  });

  it("expires playback links at the end of the next hour", () => {
    const start = Date.UTC(2026, 5, 10, 9);
    expect(readPlaybackGrantExpiry(start + 59 * 60_000)).toBe(start + 2 * 3_600_000);
  });

  it("reads back the URLs it builds, and nothing else", () => {
    const base = buildPromptBaseUrl("http://h", key, "tenant1", noon);
    const url = new URL(buildPromptAudioUrl(base, "prompt1", "pl-PL"));
    expect(parseMediaPath(url.pathname)).toMatchObject({ kind: "prompt", tenantId: "tenant1", promptId: "prompt1", language: "pl-PL" });
    const recording = new URL(buildRecordingUrl("http://h", key, "tenant1", "rec1", noon, true));
    expect(parseMediaPath(recording.pathname)).toMatchObject({ kind: "recording", tenantId: "tenant1", recordingId: "rec1" });
    expect(recording.search).toBe("?download=1");
    expect(parseMediaPath("/api/prompt-audio/t/x/../etc/passwd.wav")).toBeNull();
    expect(parseMediaPath("/api/prompt-audio/t/g/p/pl.mp3")).toBeNull();
    expect(() => buildRecordingUrl("http://h", key, "tenant1", "../x", noon)).toThrow(/storage key/);
  });
});
