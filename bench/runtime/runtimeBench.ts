// Runtime benchmark: the jambonz simulator drives many concurrent calls (menu -> collect digits or
// queue -> hang-up) over loopback against ONE runtime process, and a bare WebSocket echo server
// is measured in the same run as the floor. Prints calls per second, hook-to-ack latency
// (p50/p99, measured on the jambonz side, like jambonz's own ws_response_time) and memory per
// active call.
//   npm run bench:runtime [-- --calls 2000 --rate 500 --hold 40]
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { pressKeysOnGather, RealClock, type SimulatedCall } from "@centrala/jambonz-sim";
import { createNodeWebSocket } from "@centrala/jambonz-sim/node";
import { JambonzSimulator } from "@centrala/jambonz-sim";
import { createPrismaClient } from "@centrala/db";
import { publishTestFlow } from "../../apps/runtime/src/testing/publishTestFlow";
import { buildBenchFlow } from "./benchFlow";
import { readPercentile } from "./percentiles";
// @ts-expect-error plain ESM helper shared with npm start / npm test
import { startEmbeddedPostgres, ensureDatabase, dropDatabase } from "../../scripts/lib/database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const CALLS = arg("calls", 2250);
const RATE = arg("rate", 500);
const HOLD_SECONDS = arg("hold", 40);
const PASSWORD = "bench-password-0123";
const ACKED_TYPES = new Set(["session:new", "verb:hook", "session:reconnect"]);

type Latencies = { values: number[]; pending: Map<string, { at: number; type: string }>; sessionsAnswered: number; answeredAt: number[] };

/**
 * Opens sockets the way jambonz does, timing every message that needs an ack until its ack. A copy
 * of every such message goes at the same moment to a bare echo server (over a pool of sockets):
 * the floor sees the same traffic, on the same machine, through the same event loop.
 */
function createTimedSocketFactory(lat: Latencies, floor: number[], echoPort: number) {
  const pool = Array.from({ length: 64 }, () => {
    const twin = new WebSocket(`ws://127.0.0.1:${echoPort}`);
    twin.on("error", () => {});
    twin.on("message", (data) => floor.push(performance.now() - Number(JSON.parse(data.toString()).t)));
    return twin;
  });
  let next = 0;
  return (request: Parameters<typeof createNodeWebSocket>[0]) => {
    const ws = createNodeWebSocket(request) as unknown as WebSocket;
    const twin = pool[next++ % pool.length]!;
    const send = ws.send.bind(ws);
    ws.send = ((data: string) => {
      const msg = JSON.parse(data) as { type: string; msgid: string };
      if (ACKED_TYPES.has(msg.type)) {
        const now = performance.now();
        lat.pending.set(msg.msgid, { at: now, type: msg.type });
        if (twin.readyState === WebSocket.OPEN) twin.send(JSON.stringify({ t: now, copy: data }));
      }
      send(data);
    }) as typeof ws.send;
    ws.on("message", (data) => {
      const msg = JSON.parse(data.toString()) as { type: string; msgid?: string };
      const sent = msg.type === "ack" && msg.msgid ? lat.pending.get(msg.msgid) : undefined;
      if (sent !== undefined) {
        lat.values.push(performance.now() - sent.at);
        if (sent.type === "session:new") {
          lat.sessionsAnswered++;
          lat.answeredAt.push(performance.now());
        }
        lat.pending.delete(msg.msgid!);
      }
    });
    return ws as unknown as ReturnType<typeof createNodeWebSocket>;
  };
}

function startChild(name: string, args: string[], env: Record<string, string>): ChildProcess {
  // BENCH_PROFILE=<dir> writes a CPU profile of the runtime there.
  const profile = process.env.BENCH_PROFILE && name === "runtime" ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, "--expose-gc", "--import", "tsx", ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  child.on("exit", (code) => { if (code && code !== 0 && !stopping) console.error(`${name} exited with ${code}`); });
  return child;
}
let stopping = false;

async function readMetric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(" ")[1]) : NaN;
}

async function waitReady(url: string) {
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("runtime did not become ready");
}

async function main() {
  let serverUrl = process.env.DATABASE_URL;
  let embedded: { stop(): Promise<void>; adminUrl: string } | null = null;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ persistent: false });
    serverUrl = embedded!.adminUrl;
  }
  const dbName = `centrala_bench_${randomBytes(3).toString("hex")}`;
  const databaseUrl: string = await ensureDatabase(serverUrl, dbName);
  await new Promise<void>((resolve, reject) => {
    const m = startChild("migrate", ["packages/db/scripts/migrate.ts", "deploy"], { DATABASE_URL: databaseUrl });
    m.on("exit", (code) => (code === 0 ? resolve() : reject(new Error("migration failed"))));
  });
  const prisma = createPrismaClient(databaseUrl, 2);
  const flow = await publishTestFlow(prisma, buildBenchFlow(HOLD_SECONDS), { language: "en-US" });

  const runtimePort = 20000 + Math.floor(Math.random() * 10000);
  const runtime = startChild("runtime", ["apps/runtime/src/main.ts"], {
    DATABASE_URL: databaseUrl, RUNTIME_PORT: String(runtimePort), JAMBONZ_WS_PASSWORD: PASSWORD, RUNTIME_SECRET: "bench-secret-0123456789", LOG_LEVEL: "warn",
  });
  const echo = spawn(path.join(root, "node_modules/.bin/tsx"), ["bench/runtime/echoServer.ts"], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const echoPort = await new Promise<number>((resolve) => echo.stdout!.once("data", (d) => resolve(Number(d.toString().trim()))));
  const runtimeUrl = `http://127.0.0.1:${runtimePort}`;
  await waitReady(runtimeUrl);
  const rssIdle = await readMetric(runtimeUrl, "centrala_runtime_process_resident_memory_bytes");
  const heapIdle = await readMetric(runtimeUrl, "centrala_runtime_live_heap_bytes");

  console.log(`Runtime benchmark: ${CALLS} calls at ${RATE}/s, queue callers hold ${HOLD_SECONDS} s (2 cores, loopback)\n`);
  const lat: Latencies = { values: [], pending: new Map(), sessionsAnswered: 0, answeredAt: [] };
  const floor: number[] = [];
  const sim = new JambonzSimulator({
    url: `ws://127.0.0.1:${runtimePort}/jambonz`, auth: { username: "jambonz", password: PASSWORD },
    createWebSocket: createTimedSocketFactory(lat, floor, echoPort), clock: new RealClock(),
    // Hold music: a 20-second clip per turn of the queue's hold loop.
    resolveAudioDurationMs: (url) => (url.includes("hold-music") ? 20_000 : 3000),
  });
  const calls: SimulatedCall[] = [];
  const started = performance.now();
  let placed = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(CALLS, Math.floor(((performance.now() - started) / 1000) * RATE));
      while (placed < due) {
        // Eight in nine callers queue (long calls); the rest enter a code and hang up.
        const keys = placed % 9 === 0 ? ["1", "1234"] : ["2"];
        calls.push(sim.placeCall({ from: `+48500${String(placed).padStart(6, "0")}`, to: flow.number, caller: pressKeysOnGather(keys, { afterMs: 300, gapMs: 100 }) }));
        placed++;
      }
      if (placed >= CALLS) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  const placingSeconds = (performance.now() - started) / 1000;
  const progress = setInterval(() => process.stderr.write(`  … ${lat.values.length} acks, ${calls.filter((c) => c.isEnded).length}/${calls.length} calls ended\n`), 5000);
  // Wait until every call has been answered by the runtime (its session:new acked).
  while (lat.sessionsAnswered < CALLS && performance.now() - started < 60_000) await new Promise((r) => setTimeout(r, 50));
  const answeredSeconds = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 3000));
  const active = await readMetric(runtimeUrl, "centrala_active_calls");
  const rssBusy = await readMetric(runtimeUrl, "centrala_runtime_process_resident_memory_bytes");
  const heapBusy = await readMetric(runtimeUrl, "centrala_runtime_live_heap_bytes");
  const heldFrom = lat.values.length;
  const heldStart = performance.now();
  await Promise.race([Promise.all(calls.map((c) => c.ended)), new Promise((r) => setTimeout(r, (HOLD_SECONDS + 60) * 1000))]);
  const stuck = calls.filter((c) => !c.isEnded);
  if (stuck.length) {
    console.log(`  ${stuck.length} call(s) did not end; the first one's last steps:`);
    console.log(stuck[0]!.formatTranscript().split("\n").slice(-15).join("\n"));
    for (const c of stuck) c.hangUp();
  }
  const totalSeconds = (performance.now() - started) / 1000;
  const held = lat.values.slice(heldFrom);
  const hooksPerSecond = held.length / ((performance.now() - heldStart) / 1000);
  clearInterval(progress);
  const invalid = sim.invalidVerbs.length;

  const p50 = readPercentile(lat.values, 50);
  const p99 = readPercentile(lat.values, 99);
  const perCallKb = (rssBusy - rssIdle) / 1024 / Math.max(1, active);
  const heapPerCallKb = (heapBusy - heapIdle) / 1024 / Math.max(1, active);
  // Throughput: calls answered per second over the middle 60% of the placing period (the edges
  // are ramp-up and the tail of the last calls' latency, reported separately as p99).
  const placingMs = placingSeconds * 1000;
  const from = started + placingMs * 0.2;
  const to = started + placingMs * 0.8;
  const cps = lat.answeredAt.filter((t) => t >= from && t < to).length / ((to - from) / 1000);
  const overallCps = CALLS / answeredSeconds;
  const line = (label: string, value: string, target: string, pass: boolean) => console.log(`  ${label.padEnd(34)} ${value.padEnd(22)} ${target.padEnd(18)} ${pass ? "PASS" : "FAIL"}`);
  console.log(`  ${"measure".padEnd(34)} ${"value".padEnd(22)} ${"target".padEnd(18)} result`);
  line("concurrent calls (runtime gauge)", String(active), ">= 2000", active >= 2000);
  line("new calls per second (sustained)", `${cps.toFixed(0)} (offered ${RATE})`, ">= 500", cps >= 500);
  const floorP50 = readPercentile(floor, 50);
  const floorP99 = readPercentile(floor, 99);
  line("hook-to-ack p50", `${p50.toFixed(2)} ms`, "", true);
  line("hook-to-ack p99", `${p99.toFixed(2)} ms`, "<= 10 ms", p99 <= 10);
  line("echo floor p50 / p99 (same traffic)", `${floorP50.toFixed(2)} / ${floorP99.toFixed(2)} ms`, "", true);
  line("p99 vs echo floor p99", `${(p99 / floorP99).toFixed(2)}x`, "<= 3x", p99 <= 3 * floorP99);
  line("memory per active call (live heap)", `${heapPerCallKb.toFixed(1)} KB`, "<= 50 KB", heapPerCallKb <= 50);
  console.log(`\n  RSS per active call ${perCallKb.toFixed(1)} KB (includes allocator slack); ${lat.values.length} acks timed (${floor.length} echo round trips); ${hooksPerSecond.toFixed(0)} hooks/s while calls were held;`);
  console.log(`  ${CALLS} calls answered in ${answeredSeconds.toFixed(2)} s (${overallCps.toFixed(0)}/s including ramp and tail); all calls done in ${totalSeconds.toFixed(1)} s; verbs failing the jambonz spec: ${invalid}`);

  if (process.env.BENCH_DEBUG) {
    const text = await (await fetch(`${runtimeUrl}/metrics`)).text();
    console.log(text.split("\n").filter((l) => l.startsWith("centrala_hook_to_ack_seconds")).join("\n"));
  }
  stopping = true;
  runtime.kill("SIGTERM");
  echo.kill("SIGTERM");
  await new Promise((r) => runtime.once("exit", r));
  await prisma.$disconnect();
  await dropDatabase(serverUrl, dbName);
  await embedded?.stop();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
