// `npm run bench:media`: (1) normalising a 5-minute upload (WAV and MP3, generated here with
// ffmpeg), in seconds; (2) /api/prompt-audio throughput over loopback against a real runtime
// process (signed URLs checked, the prompt looked up in PostgreSQL, the file read from media
// storage): full GETs, conditional GETs answered 304, HEADs (how jambonz's media server
// revalidates its cache) and range requests. Prints each figure beside its target.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync, statSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { createPrismaClient, createPrompt, createTenantWithOwner, forTenant, savePromptVariant } from "@centrala/db";
import { buildPromptAudioUrl, buildPromptBaseUrl, createLocalStorage, prepareAudioUpload, readMediaEnv } from "@centrala/media";
import { startEmbeddedPostgres, ensureDatabase, dropDatabase } from "../../scripts/lib/database.mjs";
import { RUNTIME_NODE_FLAGS } from "../../apps/runtime/nodeFlags.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SECONDS = option("seconds", 6);
const CONNECTIONS = option("connections", 32);
const TARGET_RPS = 2000;
const TARGET_NORMALISE_S = 15;
const RUNTIME_SECRET = "media-bench-secret-0123456789";
const scratch = mkdtempSync(path.join(os.tmpdir(), "centrala-media-bench-"));

function generate(name: string, codecArgs: string[]): string {
  const file = path.join(scratch, name);
  execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=220:sample_rate=44100", "-f", "lavfi", "-i", "anoisesrc=c=pink:a=0.2:r=44100",
    "-filter_complex", "[0][1]amix=inputs=2,volume=0.5", "-t", "300", "-ac", "2", ...codecArgs, file]);
  return file;
}

async function benchNormalise(): Promise<void> {
  console.log("Normalising a 5-minute upload (decode, EBU R128 measure, level, 16 kHz mono WAV):");
  const settings = readMediaEnv({ RUNTIME_SECRET });
  for (const [label, file] of [["WAV 44.1 kHz stereo", generate("five.wav", ["-c:a", "pcm_s16le"])], ["MP3 128 kbit/s", generate("five.mp3", ["-c:a", "libmp3lame", "-b:a", "128k"])]] as const) {
    const started = performance.now();
    const prepared = await prepareAudioUpload(createReadStream(file), settings);
    const seconds = (performance.now() - started) / 1000;
    console.log(`  ${label.padEnd(22)} ${(statSync(file).size / 1e6).toFixed(1).padStart(5)} MB  ${seconds.toFixed(2).padStart(6)} s   (target ≤ ${TARGET_NORMALISE_S} s)  ${seconds <= TARGET_NORMALISE_S ? "ok" : "SLOW"}  → ${(prepared.normalised.durationMs / 1000).toFixed(1)} s at ${prepared.loudness.output.integratedLufs} LUFS`);
    await prepared.discard();
  }
}

type Scenario = { name: string; headers: Record<string, string>; method: string; expect: number; check: (res: http.IncomingMessage) => boolean };

function runLoad(url: URL, scenario: Scenario): Promise<{ ok: number; bad: number; seconds: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const stopAt = performance.now() + SECONDS * 1000;
  let ok = 0;
  let bad = 0;
  const loop = () => new Promise<void>((resolve) => {
    const once = () => {
      if (performance.now() >= stopAt) return resolve();
      const req = http.request(url, { agent, method: scenario.method, headers: scenario.headers }, (res) => {
        res.on("data", () => {});
        res.on("end", () => {
          if (res.statusCode === scenario.expect && scenario.check(res)) ok++;
          else bad++;
          once();
        });
      });
      req.on("error", () => { bad++; once(); });
      req.end();
    };
    once();
  });
  const started = performance.now();
  return Promise.all(Array.from({ length: CONNECTIONS }, loop)).then(() => {
    agent.destroy();
    return { ok, bad, seconds: (performance.now() - started) / 1000 };
  });
}

async function main() {
  await benchNormalise();

  let serverUrl = process.env.DATABASE_URL;
  let embedded: { stop(): Promise<void>; adminUrl: string } | null = null;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ persistent: false });
    serverUrl = embedded!.adminUrl;
  }
  const dbName = `centrala_bench_media_${randomBytes(3).toString("hex")}`;
  const databaseUrl: string = await ensureDatabase(serverUrl, dbName);
  let runtime: ChildProcess | null = null;
  let floor: ChildProcess | null = null;
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    execFileSync(path.join(root, "node_modules/.bin/tsx"), ["packages/db/scripts/migrate.ts", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" });
    const mediaDir = path.join(scratch, "media");
    const settings = readMediaEnv({ RUNTIME_SECRET, MEDIA_DIR: mediaDir });
    const { tenant } = await createTenantWithOwner(prisma, { tenantName: "Bench", email: `bench-${randomBytes(3).toString("hex")}@example.test`, name: "B", passwordHash: "x" });
    const db = forTenant(prisma, tenant.id);
    const { id: promptId } = await createPrompt(db, { name: "Welcome" });
    const prompt = path.join(scratch, "prompt.mp3");
    execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=5", "-c:a", "libmp3lame", prompt]);
    const variant = await savePromptVariant(db, createLocalStorage(mediaDir), settings, { tenantId: tenant.id, promptId, language: "pl", fileName: "welcome.mp3", body: createReadStream(prompt) });

    const port = 3450;
    runtime = spawn(process.execPath, [...RUNTIME_NODE_FLAGS, "--import", "tsx", "apps/runtime/src/main.ts"], {
      cwd: root, stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DATABASE_URL: databaseUrl, RUNTIME_PORT: String(port), JAMBONZ_WS_PASSWORD: "media-bench-password", RUNTIME_SECRET, MEDIA_DIR: mediaDir, LOG_LEVEL: "warn" },
    });
    const origin = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 200; i++) {
      try { if ((await fetch(`${origin}/healthz`)).ok) break; } catch { /* starting */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    const url = new URL(buildPromptAudioUrl(buildPromptBaseUrl(origin, settings.signingKey, tenant.id, Date.now()), promptId, "pl-PL"));
    const first = await fetch(url);
    const etag = first.headers.get("etag")!;
    const cacheControl = first.headers.get("cache-control");
    const size = (await first.arrayBuffer()).byteLength;
    if (first.status !== 200 || size !== variant.sizeBytes) throw new Error(`the signed prompt URL answered ${first.status} with ${size} bytes`);
    const validators = (res: http.IncomingMessage) => res.headers.etag === etag && res.headers["cache-control"] === cacheControl;
    const scenarios: Scenario[] = [
      { name: `GET, full file (${(size / 1024).toFixed(0)} KB)`, method: "GET", headers: {}, expect: 200, check: validators },
      { name: "GET If-None-Match → 304", method: "GET", headers: { "if-none-match": etag }, expect: 304, check: validators },
      { name: "HEAD (cache revalidation)", method: "HEAD", headers: {}, expect: 200, check: validators },
      { name: "GET Range 64 KB → 206", method: "GET", headers: { range: "bytes=0-65535" }, expect: 206, check: (res) => res.headers["content-range"] === `bytes 0-65535/${size}` },
    ];
    console.log(`\n/api/prompt-audio on the runtime's HTTP server, loopback, ${CONNECTIONS} keep-alive connections, ${SECONDS} s each, ${os.availableParallelism()} cores shared by client and server (load average before: ${os.loadavg()[0]!.toFixed(1)}):`);
    console.log(`  (cache headers: ETag ${etag}, Cache-Control "${cacheControl}")`);
    for (const scenario of scenarios) {
      const result = await runLoad(url, scenario);
      const rps = result.ok / result.seconds;
      console.log(`  ${scenario.name.padEnd(30)} ${rps.toFixed(0).padStart(6)} req/s   (target ≥ ${TARGET_RPS})  ${rps >= TARGET_RPS ? "ok" : "BELOW"}${result.bad ? `   ${result.bad} wrong answers` : ""}`);
    }
    // The same bytes from a bare server: full-file GETs are bounded by loopback bandwidth here.
    floor = spawn(process.execPath, [path.join(root, "bench/media/floorServer.mjs"), String(size), "3451"], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise((resolve) => floor!.stdout!.once("data", resolve));
    const bare = await runLoad(new URL("http://127.0.0.1:3451/"), { ...scenarios[0]!, check: () => true });
    const bareRps = bare.ok / bare.seconds;
    console.log(`  floor: bare Node server, same ${(size / 1024).toFixed(0)} KB from memory ${bareRps.toFixed(0).padStart(6)} req/s   (${((bareRps * size) / 1e6).toFixed(0)} MB/s: this machine's loopback ceiling for full files)`);
  } finally {
    runtime?.kill("SIGTERM");
    floor?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await prisma.$disconnect();
    await dropDatabase(serverUrl, dbName).catch(() => {});
    await embedded?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  console.error(err);
  process.exit(1);
});
