import { createReadStream } from "node:fs";
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hangUpAfter, RealClock } from "@centrala/jambonz-sim";
import { createNodeSimulator } from "@centrala/jambonz-sim/node";
import { compileFlow, parseFlowDocument } from "@centrala/flow";
import { createPrompt, forTenant, publishFlowVersion, savePromptVariant, SCOPED_TENANT, setQueueHoldMusic } from "@centrala/db";
import { buildRecordingUrl, createLocalStorage, DEFAULT_HOLD_MUSIC_ID, readMediaEnv, readWavInfo } from "@centrala/media";
import { startTestRuntime } from "../testing/startTestRuntime";
import { publishTestFlow } from "../testing/publishTestFlow";

let rt: Awaited<ReturnType<typeof startTestRuntime>>;
const signingKey = readMediaEnv({ RUNTIME_SECRET: "runtime-test-secret-0123456789" }).signingKey;
const settings = { maxUploadBytes: 10 * 1024 * 1024, maxSeconds: 600, ffmpegPath: "ffmpeg", ffprobePath: "ffprobe" };

beforeAll(async () => {
  rt = await startTestRuntime();
});
afterAll(async () => rt?.close());

const node = (id: string, kind: string, data: Record<string, unknown>) => ({ id, kind, position: { x: 0, y: 0 }, data });
const edge = (source: string, sourcePort: string, target: string) => ({ id: `${source}-${sourcePort}`, source, sourcePort, target });

function makeMp3(seconds: number): string {
  const file = path.join(os.tmpdir(), `centrala-runtime-${seconds}-${process.pid}.mp3`);
  execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", `sine=frequency=500:duration=${seconds}`, "-c:a", "libmp3lame", file]);
  return file;
}

/** A tenant with a number, its prompts uploaded, then the flow (which names them) published. */
async function setUpTenant(prompts: Record<string, number>, buildDocument: (ids: Record<string, string>) => unknown, queues: string[] = []) {
  const placeholder = await publishTestFlow(rt.prisma, { version: 1, nodes: [node("start", "start", {}), node("bye", "hangup", {})], edges: [edge("start", "next", "bye")] });
  const db = forTenant(rt.prisma, placeholder.tenant.id);
  const ids: Record<string, string> = {};
  for (const [name, seconds] of Object.entries(prompts)) {
    ids[name] = (await createPrompt(db, { name })).id;
    await savePromptVariant(db, createLocalStorage(rt.media), settings, { tenantId: placeholder.tenant.id, promptId: ids[name]!, language: "pl", fileName: `${name}.mp3`, body: createReadStream(makeMp3(seconds)) });
  }
  for (const name of queues) ids[`queue:${name}`] = (await db.queue.create({ data: { name, tenantId: SCOPED_TENANT } })).id;
  const parsed = parseFlowDocument(buildDocument(ids));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const compiled = compileFlow(parsed.document);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  await publishFlowVersion(db, placeholder.flow.id, { source: parsed.document, ir: compiled.ir });
  await new Promise((r) => setTimeout(r, 300)); // the runtime hears of the new version by LISTEN/NOTIFY
  return { ...placeholder, db, ids };
}

describe("audio in calls", () => {
  it("plays a library prompt from a signed runtime URL answering with the normalised WAV, and stores a voicemail playable from a signed link", async () => {
    const tenant = await setUpTenant({ Powitanie: 2 }, (ids) => ({
      version: 1,
      nodes: [
        node("start", "start", {}),
        node("hello", "play", { prompt: { type: "library", promptId: ids.Powitanie }, repeat: 1 }),
        node("vm", "voicemail", { mailbox: "office", beep: true, maxSeconds: 5, finishOnKey: "#" }),
        node("bye", "hangup", {}),
      ],
      edges: [edge("start", "next", "hello"), edge("hello", "next", "vm"), edge("vm", "next", "bye")],
    }));
    // Real time, so the voicemail's audio frames really stream to the runtime (1.5 s of them).
    const sim = createNodeSimulator({ url: rt.url, auth: rt.auth, clock: new RealClock(), resolveAudioDurationMs: () => 200, listenAudio: true });
    const call = sim.placeCall({ to: tenant.number, from: "+48600700800", caller: [hangUpAfter(2_500)] });
    await call.ended;
    expect(call.receivedVerbs.filter((v) => !v.valid)).toEqual([]);
    const play = call.transcript.find((e) => e.kind === "hear" && e.what === "play") as { url: string } | undefined;
    expect(play?.url).toMatch(new RegExp(`^${rt.runtime.mediaOrigin}/api/prompt-audio/${tenant.tenant.id}/\\d+\\.[\\w-]{43}/${tenant.ids.Powitanie}/pl-PL\\.wav$`));
    const audio = await fetch(play!.url);
    expect(audio.status).toBe(200);
    expect(audio.headers.get("content-type")).toBe("audio/wav");
    expect(readWavInfo(Buffer.from(await audio.arrayBuffer()))).toMatchObject({ sampleRate: 16_000, channels: 1 });
    // Another tenant's prompt id under this tenant's signed base is not found.
    expect((await fetch(play!.url.replace(tenant.ids.Powitanie!, "someone-elses-prompt"))).status).toBe(404);

    await rt.runtime.flushRecords();
    let recording = null;
    for (let i = 0; i < 50 && !recording; i++) {
      recording = await tenant.db.recording.findFirst({ where: { mailbox: "office" } });
      if (!recording) await new Promise((r) => setTimeout(r, 100));
    }
    expect(recording).toMatchObject({ kind: "voicemail", fromNumber: "+48600700800", mimeType: "audio/wav" });
    expect(recording!.storageKey).toBe(`tenants/${tenant.tenant.id}/recordings/${recording!.id}.wav`);
    expect(await createLocalStorage(rt.media).stat(recording!.storageKey)).toMatchObject({ size: recording!.sizeBytes });
    const link = buildRecordingUrl(rt.runtime.mediaOrigin, signingKey, tenant.tenant.id, recording!.id, Date.now());
    const played = await fetch(link);
    expect(played.status).toBe(200);
    const wav = readWavInfo(Buffer.from(await played.arrayBuffer()));
    expect(wav?.durationMs).toBe(recording!.durationMs);
    expect(wav?.durationMs).toBeGreaterThan(800);
  });

  it("keeps a waiting caller's music going across hold turns: the queue's playlist, else the default melody", async () => {
    const tenant = await setUpTenant({ Muzyka: 30 }, (ids) => ({
      version: 2,
      nodes: [
        node("start", "start", {}),
        node("wait", "queue", { queueId: ids["queue:support"], announcePosition: true, announceEverySeconds: 15, maxWaitSeconds: 40 }),
        node("bye", "hangup", {}),
      ],
      edges: [edge("start", "next", "wait"), edge("wait", "overflow", "bye")],
    }), ["support"]);
    const plays = async () => {
      const call = rt.createSimulator().placeCall({ to: tenant.number, caller: [hangUpAfter(120_000)] });
      await call.ended;
      expect(call.receivedVerbs.filter((v) => !v.valid)).toEqual([]);
      return call.receivedVerbs.flatMap((v) => (v.verb as { verb?: string }).verb === "play" ? [v.verb as { url: string; seekOffset?: number; timeoutSecs: number }] : []);
    };
    const melody = await plays();
    expect(melody.length).toBeGreaterThanOrEqual(3);
    expect(melody.every((p) => p.url.includes(`/${DEFAULT_HOLD_MUSIC_ID}/pl.wav`))).toBe(true);
    expect(melody[0]!.seekOffset).toBeUndefined();
    expect(melody[1]!.seekOffset).toBe(melody[0]!.timeoutSecs * 16_000);
    const fetched = await fetch(melody[1]!.url);
    expect(fetched.status).toBe(200);
    expect(readWavInfo(Buffer.from(await fetched.arrayBuffer()))?.sampleRate).toBe(16_000);

    await setQueueHoldMusic(tenant.db, tenant.ids["queue:support"]!, [tenant.ids.Muzyka!]);
    await new Promise((r) => setTimeout(r, 10_100)); // the runtime re-reads a queue's music every 10 s
    const playlist = await plays();
    expect(playlist.every((p) => p.url.includes(`/${tenant.ids.Muzyka}/pl.wav`))).toBe(true);
    // Each turn starts where the last one stopped; after the end of the 30 s track it starts again.
    for (let i = 1; i < playlist.length; i++) {
      const reached = (playlist[i - 1]!.seekOffset ?? 0) + playlist[i - 1]!.timeoutSecs * 16_000;
      expect(playlist[i]!.seekOffset ?? 0).toBe(reached >= 29 * 16_000 ? 0 : reached);
    }
    expect(playlist.some((p) => (p.seekOffset ?? 0) > 0)).toBe(true);
  }, 60_000);
});
