import { createReadStream, readFileSync, writeFileSync } from "node:fs";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeTestAudio } from "../testing/makeTestAudio";
import { AudioError } from "./AudioError";
import { isCutShort, prepareAudioUpload, type UploadLimits } from "./prepareAudioUpload";
import { LOUDNESS_TARGET_LUFS } from "./promptFormat";
import { readWavInfo } from "./readWavInfo";

const limits: UploadLimits = { maxUploadBytes: 60 * 1024 * 1024, maxSeconds: 20 * 60, ffmpegPath: "ffmpeg", ffprobePath: "ffprobe" };
const scratch = mkdtempSync(path.join(os.tmpdir(), "centrala-upload-test-"));

async function expectAudioError(run: Promise<unknown>, code: string, message: RegExp) {
  const err = await run.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AudioError);
  expect((err as AudioError).code).toBe(code);
  expect((err as AudioError).message).toMatch(message);
}

describe("preparing an uploaded prompt", () => {
  it.each([
    ["WAV (PCM, 44.1 kHz stereo)", "in.wav", ["-c:a", "pcm_s16le"], "wav"],
    ["MP3", "in.mp3", ["-c:a", "libmp3lame", "-b:a", "96k"], "mp3"],
    ["OGG Vorbis", "in.ogg", ["-c:a", "libvorbis"], "ogg"],
    ["OGG Opus", "in.opus", ["-c:a", "libopus", "-f", "ogg"], "ogg"],
    ["M4A (AAC)", "in.m4a", ["-c:a", "aac", "-b:a", "96k"], "m4a"],
    ["WebM Opus (browser recording)", "in.webm", ["-c:a", "libopus"], "webm"],
  ])("turns %s into 16 kHz mono WAV at the target loudness, with its length", async (_label, name, args, container) => {
    const input = makeTestAudio(name, { seconds: 4, args, volume: 0.4 });
    const prepared = await prepareAudioUpload(createReadStream(input), limits);
    try {
      expect(prepared.original.container).toBe(container);
      const wav = readFileSync(prepared.normalised.file);
      const info = readWavInfo(wav);
      expect(info).toMatchObject({ sampleRate: 16_000, channels: 1, bitsPerSample: 16, dataOffset: 44 });
      expect(prepared.normalised.durationMs).toBeGreaterThan(3900);
      expect(prepared.normalised.durationMs).toBeLessThan(4150);
      expect(prepared.normalised.sizeBytes).toBe(wav.length);
      expect(prepared.loudness.input.integratedLufs!).toBeLessThan(-30);
      expect(prepared.loudness.output.integratedLufs!).toBeGreaterThan(LOUDNESS_TARGET_LUFS - 1.5);
      expect(prepared.loudness.output.integratedLufs!).toBeLessThan(LOUDNESS_TARGET_LUFS + 1.5);
      expect(prepared.loudness.output.peakDbfs!).toBeLessThanOrEqual(-1.9);
    } finally {
      await prepared.discard();
    }
    expect(existsSync(prepared.normalised.file)).toBe(false);
  });

  it("takes the type from the content, not the name (an MP3 called .wav is an MP3)", async () => {
    const input = makeTestAudio("named-wrong.mp3", { seconds: 2, args: ["-c:a", "libmp3lame"] });
    const renamed = path.join(scratch, "really-an-mp3.wav");
    writeFileSync(renamed, readFileSync(input));
    const prepared = await prepareAudioUpload(createReadStream(renamed), limits);
    expect(prepared.original).toMatchObject({ container: "mp3", mime: "audio/mpeg", codec: "mp3" });
    await prepared.discard();
  });

  it("refuses a 0-byte file", async () => {
    await expectAudioError(prepareAudioUpload((async function* () {})(), limits), "EMPTY", /empty \(0 bytes\)/);
  });

  it("refuses a 200 MB upload after reading just past the cap", async () => {
    let sent = 0;
    const huge = (async function* () {
      const chunk = Buffer.alloc(1024 * 1024, 1);
      for (let i = 0; i < 200; i++) { sent += chunk.length; yield chunk; }
    })();
    await expectAudioError(prepareAudioUpload(huge, limits), "TOO_LARGE", /too large: the limit is 60 MB/);
    expect(sent).toBeLessThanOrEqual(62 * 1024 * 1024);
  });

  it("refuses a PNG named .wav, naming what it really is", async () => {
    const png = path.join(scratch, "logo.wav");
    const header = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
    writeFileSync(png, Buffer.concat([header, Buffer.alloc(200)]));
    await expectAudioError(prepareAudioUpload(createReadStream(png), limits), "NOT_AUDIO", /not an audio recording but a PNG \(image\/png\) file/);
  });

  it("refuses a truncated MP3, saying how much of it is missing", async () => {
    const full = readFileSync(makeTestAudio("whole.mp3", { seconds: 10, args: ["-c:a", "libmp3lame", "-b:a", "64k"] }));
    const cut = path.join(scratch, "cut.mp3");
    writeFileSync(cut, full.subarray(0, Math.floor(full.length / 2)));
    await expectAudioError(prepareAudioUpload(createReadStream(cut), limits), "TRUNCATED", /cut short: its header says 10\.\d s but only [45]\.\d s could be read/);
    const stub = path.join(scratch, "stub.mp3");
    writeFileSync(stub, full.subarray(0, 300));
    await expectAudioError(prepareAudioUpload(createReadStream(stub), limits), "UNREADABLE", /cannot be read/);
  });

  it("refuses a 3-hour recording from its header, without decoding three hours", async () => {
    // 3 hours of 8 kHz IMA ADPCM (a common telephony WAV) is 43 MB: under the size cap.
    const long = makeTestAudio("three-hours.wav", { seconds: 3 * 3600, silence: true, rate: 8000, channels: 1, args: ["-c:a", "adpcm_ima_wav"] });
    const started = Date.now();
    await expectAudioError(prepareAudioUpload(createReadStream(long), limits), "TOO_LONG", /too long \(180 min\): the limit is 20 minutes/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("stops decoding audio whose header does not say how long it is once it passes the limit", async () => {
    const input = makeTestAudio("raw-long.mp3", { seconds: 30, args: ["-c:a", "libmp3lame", "-b:a", "32k", "-write_xing", "0"] });
    await expectAudioError(prepareAudioUpload(createReadStream(input), { ...limits, maxSeconds: 10 }), "TOO_LONG", /too long \(\d+\.\d s\): the limit is 10 s/);
  });

  it("judges a cut-short file by how much is missing", () => {
    expect(isCutShort(10, 9.9)).toBe(false);
    expect(isCutShort(10, 9.4)).toBe(true);
    expect(isCutShort(600, 590)).toBe(false);
    expect(isCutShort(600, 580)).toBe(true);
  });
});
