import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, readDatabaseUrl } from "@centrala/db";
import { VirtualClock, pressKeysOnGather } from "@centrala/jambonz-sim";
import { createNodeSimulator } from "@centrala/jambonz-sim/node";
import { readWavInfo } from "@centrala/media";
import { createRuntimeServer, type RuntimeServer } from "../apps/runtime/src/createRuntimeServer";
import { readRuntimeEnv } from "../apps/runtime/src/env";
import { createLogger } from "../apps/runtime/src/observability/createLogger";
import DEMO from "./demo.json" with { type: "json" };

// `npm start` then `npm run call -- <demo number> --verbose`: the demo flow plays the seeded
// recording from a signed URL that answers with audio. Here: the real seed script, twice, then a
// real runtime on the same media folder and a simulated jambonz call to the demo number.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const mediaDir = mkdtempSync(path.join(os.tmpdir(), "centrala-seed-media-"));
const env = { ...process.env, DATABASE_URL: readDatabaseUrl(), MEDIA_DIR: mediaDir, RUNTIME_SECRET: "seed-test-runtime-secret-0123" };
const prisma = createPrismaClient(readDatabaseUrl(), 2);
let runtime: RuntimeServer;

function runSeed(): void {
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts"], { cwd: root, env, stdio: "pipe" });
}

beforeAll(async () => {
  runSeed();
  runSeed();
  runtime = await createRuntimeServer({
    prisma,
    env: readRuntimeEnv({ ...env, RUNTIME_PORT: "0", JAMBONZ_WS_PASSWORD: "seed-test-password-0123", LOG_LEVEL: "silent" }),
    logger: createLogger("silent"),
  });
}, 120_000);
afterAll(async () => {
  await runtime?.close();
  await prisma.$disconnect();
});

describe("the demo seed", () => {
  it("is idempotent: one demo prompt with one recording, stored once", async () => {
    const prompts = await prisma.prompt.findMany({ where: { id: DEMO.welcomePrompt.id }, include: { variants: true } });
    expect(prompts).toHaveLength(1);
    expect(prompts[0]!.variants).toHaveLength(1);
    expect(prompts[0]!.variants[0]).toMatchObject({ language: "pl", sampleRate: 16_000 });
    expect(prompts[0]!.variants[0]!.durationMs).toBeGreaterThan(2000);
  });

  it("makes a call to the demo number play the recording from a signed URL that returns audio", async () => {
    const sim = createNodeSimulator({ url: runtime.wsUrl, auth: { username: "jambonz", password: "seed-test-password-0123" }, clock: new VirtualClock() });
    const call = sim.placeCall({ to: DEMO.number, from: "+48500100200", caller: pressKeysOnGather(["2"]) });
    await call.ended;
    const play = call.transcript.find((e) => e.kind === "hear" && e.what === "play") as { url: string } | undefined;
    expect(play?.url).toMatch(new RegExp(`/api/prompt-audio/[\\w-]+/\\d+\\.[\\w-]{43}/${DEMO.welcomePrompt.id}/pl-PL\\.wav$`));
    const res = await fetch(play!.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("audio/wav");
    expect(readWavInfo(Buffer.from(await res.arrayBuffer()))).toMatchObject({ sampleRate: 16_000, channels: 1 });
  });
});
