// Runtime benchmark: the jambonz simulator drives many concurrent calls (menu -> collect digits or
// queue -> hang-up) over loopback against ONE runtime process, and a bare WebSocket echo server
// is measured in the same run as the floor. Prints calls per second, hook-to-ack latency
// (p50/p99, measured on the jambonz side, like jambonz's own ws_response_time) and memory per
// active call.
//
// A warm-up comes first (--warmup callers at a quarter of --rate, walking both paths of the flow,
// then hanging up), so that neither side is measured while V8 is still compiling its hot paths.
// Then two phases, on one machine (the simulator, the runtime, PostgreSQL and the echo server share
// its cores):
//   surge:  --calls callers arrive at --rate per second; most wait in the queue for --hold seconds,
//           so the runtime ends the surge holding them all. Measures sustained calls per second.
//   steady: with those calls still up, new callers keep arriving at --churn per second for
//           --steady seconds (2,000 calls of ~40 s each turn over ~50 a second). Measures hook-to-ack
//           latency with 2,000+ live calls, and memory per active call. The surge's callers all
//           joined the queue within seconds, so their hold loops turn together every 20 s (a wave
//           of 2,000 hooks in a few seconds: a second surge); the steady window sits between waves.
// Both phases print their latency beside the echo floor measured over the same seconds.
// The floor copies every --surge-mirror'th message in the surge and every --mirror'th in the steady phase.
//   npm run bench:runtime [-- --warmup 500 --calls 2250 --rate 550 --hold 40 --churn 50 --steady 12 --mirror 4 --surge-mirror 16]
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readdirSync, readFileSync } from "node:fs";
import { pressKeysOnGather, RealClock, type SimulatedCall } from "@centrala/jambonz-sim";
import { createNodeWebSocket } from "@centrala/jambonz-sim/node";
import { JambonzSimulator } from "@centrala/jambonz-sim";
import { createPrismaClient } from "@centrala/db";
import { RUNTIME_NODE_FLAGS } from "../../apps/runtime/nodeFlags.mjs";
import { publishTestFlow } from "../../apps/runtime/src/testing/publishTestFlow";
import { buildBenchFlow } from "./benchFlow";
import { runWriterPhase } from "./writerPhase";
import { readPercentile } from "./percentiles";
// @ts-expect-error plain ESM helper shared with npm start / npm test
import { startEmbeddedPostgres, ensureDatabase, dropDatabase } from "../../scripts/lib/database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const CALLS = arg("calls", 2250);
// Offered a little above the 500/s target, so that the answered rate shows what the runtime can
// take, not merely what was offered.
const RATE = arg("rate", 550);
const HOLD_SECONDS = arg("hold", 40);
const CHURN = arg("churn", 50);
const STEADY_SECONDS = arg("steady", 12);
const MIRROR_EVERY = arg("mirror", 4);
const SURGE_MIRROR_EVERY = arg("surge-mirror", 16);
const WARMUP = arg("warmup", 500);
// The writer phase: calls' records alone, offered on the fresh database before anything else runs.
const WRITER_CALLS = arg("writer-calls", 1500);
const WRITER_SECONDS = arg("writer-seconds", 8);
const PASSWORD = "bench-password-0123";

/**
 * Round trips: when each message was sent (ms, performance clock) and how long it took, in typed
 * arrays so that recording them allocates nothing the garbage collector would have to move.
 */
class Samples {
  at = new Float64Array(1 << 16);
  ms = new Float64Array(1 << 16);
  count = 0;
  add(at: number, ms: number): void {
    if (this.count === this.at.length) {
      const grow = (old: Float64Array) => {
        const next = new Float64Array(old.length * 2);
        next.set(old);
        return next;
      };
      this.at = grow(this.at);
      this.ms = grow(this.ms);
    }
    this.at[this.count] = at;
    this.ms[this.count++] = ms;
  }
  /** Durations of the round trips sent in [from, to). */
  within(from: number, to: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.count; i++) if (this.at[i]! >= from && this.at[i]! < to) out.push(this.ms[i]!);
    return out;
  }
}

/**
 * The floor: every n-th message the simulator sends (see `mirrorEvery`) is also sent, at the same moment and from
 * the same event loop, to a bare echo server over a pool of sockets, so the echoes wait behind the
 * same simulator work, garbage collections and CPU contention as the runtime's acks. (A sample,
 * not a copy of every message: copies would cost the surge a tenth of the machine.) An echo comes
 * back in order on its socket, so a queue of send times per socket times each round trip.
 */
function createEchoTwins(floor: Samples, echoPort: number, mirrorEvery: () => number) {
  const twins = Array.from({ length: 64 }, () => {
    // The same client as the simulator's, so both sides of the comparison read their sockets alike.
    const ws = createNodeWebSocket({ url: `ws://127.0.0.1:${echoPort}`, protocols: [], handshakeTimeoutMs: 5000, maxPayload: 1 << 20 });
    const sentAt: number[] = [];
    let head = 0;
    ws.onerror = () => {};
    ws.onmessage = () => {
      const at = sentAt[head++]!;
      floor.add(at, performance.now() - at);
      if (head > 1024) {
        sentAt.splice(0, head);
        head = 0;
      }
    };
    return { ws, sentAt };
  });
  let next = 0;
  let sent = 0;
  return (request: Parameters<typeof createNodeWebSocket>[0]) => {
    const ws = createNodeWebSocket(request);
    const twin = twins[next++ % twins.length]!;
    const send = ws.send.bind(ws);
    ws.send = ((data: string) => {
      if (sent++ % mirrorEvery() === 0 && twin.ws.readyState === 1 /* OPEN */) {
        twin.sentAt.push(performance.now());
        twin.ws.send(data);
      }
      send(data);
    }) as typeof ws.send;
    return ws;
  };
}

/**
 * CPU seconds used by the PostgreSQL server (the machine's or the embedded one): every live server
 * process, plus what its processes that have exited used (the postmaster reaps them, and the kernel
 * adds their time to its own children's total), so that a backend or autovacuum worker ending
 * between two readings does not take its seconds with it.
 */
function readPostgresCpuSeconds(): number {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith("postgres")) total += readCpuSeconds(Number(pid), true);
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}

/** CPU seconds a process has used (user + system, and its reaped children's); NaN where there is no /proc. */
function readCpuSeconds(pid: number, withChildren = false): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const own = Number(fields[11]) + Number(fields[12]);
    return (withChildren ? own + Number(fields[13]) + Number(fields[14]) : own) / 100;
  } catch {
    return NaN;
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A full collection of the benchmark's own heap (npm run bench:runtime passes --expose-gc). */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

function startChild(name: string, args: string[], env: Record<string, string>): ChildProcess {
  // BENCH_PROFILE=<dir> writes a CPU profile of the runtime there; BENCH_RUNTIME_FLAGS passes Node
  // flags to the runtime (say "--trace-gc", to see its collector's pauses beside the p99).
  const profile = process.env.BENCH_PROFILE && name === "runtime" ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  // The runtime runs with the flags it is deployed with, then any extra ones.
  const extra = name !== "runtime" ? [] : [...RUNTIME_NODE_FLAGS, ...(process.env.BENCH_RUNTIME_FLAGS ?? "").split(/\s+/).filter(Boolean)];
  const child = spawn(process.execPath, [...profile, ...extra, "--expose-gc", "--import", "tsx", ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  child.on("exit", (code) => { if (code && code !== 0 && !stopping) console.error(`${name} exited with ${code}`); });
  // Read what the child prints (a full pipe would stall a process that writes to it), and show it
  // only when debugging: the runtime logs warnings as JSON lines.
  if (process.env.BENCH_DEBUG) child.stdout!.pipe(process.stderr);
  else child.stdout!.resume();
  return child;
}
let stopping = false;

/**
 * Reads the runtime's gauges in one scrape. The runtime runs with --expose-gc here, so a scrape
 * forces a full garbage collection (the live-heap gauge) that stalls it for tens of milliseconds:
 * scrape only outside the seconds whose latency is measured.
 */
async function readMetrics(url: string) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const read = (name: string) => {
    const line = text.split("\n").find((l) => l.startsWith(`${name} `));
    return line ? Number(line.split(" ")[1]) : NaN;
  };
  return { active: read("centrala_active_calls"), rss: read("centrala_runtime_process_resident_memory_bytes"), heap: read("centrala_runtime_live_heap_bytes"), backlog: read("centrala_call_records_pending") };
}

async function waitReady(url: string) {
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return;
    await pause(100);
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

  // Call records on a fresh database (never analysed tables): the writer must keep up from the first second.
  console.log(`Call-record writer on a fresh database: ${WRITER_CALLS} calls/s x 8 trace events for ${WRITER_SECONDS} s\n`);
  const writer = await runWriterPhase(databaseUrl, flow.tenant.id, { callsPerSecond: WRITER_CALLS, eventsPerCall: 8, seconds: WRITER_SECONDS });

  const runtimePort = 20000 + Math.floor(Math.random() * 10000);
  const runtime = startChild("runtime", ["apps/runtime/src/main.ts"], {
    DATABASE_URL: databaseUrl, RUNTIME_PORT: String(runtimePort), JAMBONZ_WS_PASSWORD: PASSWORD, RUNTIME_SECRET: "bench-secret-0123456789", LOG_LEVEL: "warn",
  });
  const echo = spawn(process.execPath, ["--import", "tsx", "bench/runtime/echoServer.ts"], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const echoPort = await new Promise<number>((resolve) => echo.stdout!.once("data", (d) => resolve(Number(d.toString().trim()))));
  const runtimeUrl = `http://127.0.0.1:${runtimePort}`;
  await waitReady(runtimeUrl);
  const { rss: rssIdle, heap: heapIdle } = await readMetrics(runtimeUrl);

  console.log(`Runtime benchmark on ${availableParallelism()} cores, loopback: surge of ${CALLS} calls at ${RATE}/s (8 in 9 wait ${HOLD_SECONDS} s in the queue), then ${STEADY_SECONDS} s of ${CHURN} new calls/s on top\n`);
  const acks = new Samples();
  const floor = new Samples();
  const answeredAt: number[] = [];
  // The surge's floor samples fewer messages: there every copy competes for the saturated cores,
  // and its p99 is hundreds of milliseconds, well resolved by a sparser sample.
  let mirrorEvery = SURGE_MIRROR_EVERY;
  const sim = new JambonzSimulator({
    url: `ws://127.0.0.1:${runtimePort}/jambonz`, auth: { username: "jambonz", password: PASSWORD },
    createWebSocket: createEchoTwins(floor, echoPort, () => mirrorEvery), clock: new RealClock(),
    onAck: (type, ms) => {
      const now = performance.now();
      acks.add(now - ms, ms);
      if (type === "session:new") answeredAt.push(now);
    },
    // Hold music: a 20-second clip per turn of the queue's hold loop.
    resolveAudioDurationMs: (url) => (url.includes("hold-music") ? 20_000 : 3000),
    // Thousands of calls: keep only verbs that fail the spec, not every call's transcript.
    keep: "problems",
  });
  const warmupCalls: SimulatedCall[] = [];
  const calls: SimulatedCall[] = [];
  let placed = 0;
  const placeOne = (into: SimulatedCall[]) => {
    // Eight in nine callers queue (long calls); the rest enter a code and hang up.
    const keys = placed % 9 === 0 ? ["1", "1234"] : ["2"];
    into.push(sim.placeCall({ from: `+48500${String(placed).padStart(6, "0")}`, to: flow.number, caller: pressKeysOnGather(keys, { afterMs: 300, gapMs: 100 }) }));
    placed++;
  };
  /** Places `count` calls at `rate` per second, on time even when the event loop runs late. */
  const placeAtRate = (count: number, rate: number, into = calls) => new Promise<void>((resolve) => {
    const from = placed;
    const began = performance.now();
    const timer = setInterval(() => {
      const due = from + Math.min(count, Math.floor(((performance.now() - began) / 1000) * rate));
      while (placed < due) placeOne(into);
      if (placed - from >= count) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  const progress = setInterval(() => process.stderr.write(`  … ${acks.count} acks, ${calls.filter((c) => c.isEnded).length}/${calls.length} calls ended\n`), 5000);
  const cpuAt = () => ({ bench: process.cpuUsage(), runtime: readCpuSeconds(runtime.pid!), echo: readCpuSeconds(echo.pid!), postgres: readPostgresCpuSeconds() });
  const cpuSince = (start: ReturnType<typeof cpuAt>, count: number) => {
    const bench = process.cpuUsage(start.bench);
    const perCall = (seconds: number) => ((seconds * 1000) / count).toFixed(2);
    return `runtime ${perCall(readCpuSeconds(runtime.pid!) - start.runtime)} ms, simulator (with the floor's copies) ${perCall((bench.user + bench.system) / 1e6)} ms, PostgreSQL ${perCall(readPostgresCpuSeconds() - start.postgres)} ms, echo server ${perCall(readCpuSeconds(echo.pid!) - start.echo)} ms`;
  };

  // Warm-up: a running runtime has long since compiled its hot paths; a freshly started one (and
  // the simulator) spends its first seconds in V8's interpreter and compilers. Callers walk both
  // paths of the flow at a gentle rate, then hang up, before anything is measured.
  if (WARMUP > 0) {
    await placeAtRate(WARMUP, Math.max(1, Math.round(RATE / 4)), warmupCalls);
    const began = performance.now();
    while (answeredAt.length < WARMUP && performance.now() - began < 10_000) await pause(20);
    await pause(1000);
    for (const c of warmupCalls) c.hangUp();
    await Promise.race([Promise.all(warmupCalls.map((c) => c.ended)), pause(10_000)]);
    // Let go of the warm-up's calls, so that the simulator's collector does not carry them.
    warmupCalls.length = 0;
    answeredAt.length = 0;
    await pause(500);
    await readMetrics(runtimeUrl);
    collectGarbage();
  }
  // PostgreSQL starts the measured phases as a long-running one would: the warm-up's rows vacuumed
  // and analysed (so that autovacuum does not pick this moment), and a checkpoint behind it (so
  // that the one this run's CREATE DATABASE owes does not land in the surge), as pgbench does.
  for (const sql of ['VACUUM ANALYZE "Call", "CallEvent", "CallState"', "CHECKPOINT"]) {
    await prisma.$executeRawUnsafe(sql).catch((err: unknown) => console.log(`  (${sql.split(" ")[0]} refused: ${err instanceof Error ? err.message.split("\n").pop() : String(err)})`));
  }
  await pause(1000);

  // Surge.
  const surgeCpu = cpuAt();
  const surgeStart = performance.now();
  await placeAtRate(CALLS, RATE);
  while (answeredAt.length < CALLS && performance.now() - surgeStart < 60_000) await pause(20);
  const surgeEnd = performance.now();
  if (process.env.BENCH_DEBUG) console.log(`  surge window, monotonic µs (as in CPU profiles): ${Number(process.hrtime.bigint() / 1000n) - Math.round((surgeEnd - surgeStart) * 1000)} ${Number(process.hrtime.bigint() / 1000n)}; ms since start (as in --trace-gc): ${surgeStart.toFixed(0)} ${surgeEnd.toFixed(0)}`);
  const surgeCpuText = cpuSince(surgeCpu, CALLS);
  const { backlog: surgeBacklog } = await readMetrics(runtimeUrl);
  // Sustained rate: every call of the surge, from the first one placed to the last one answered
  // (ramp-up and tail included). With more offered than the runtime can take, calls wait to be
  // answered and stretch the time, so this is the rate it kept up over the whole surge. (A window in
  // the middle would be shorter than the seconds-long swings between new calls and the hooks of
  // earlier ones, which answer in bursts.)
  const answered = Math.min(answeredAt.length, CALLS);
  const surgeSeconds = ((answered === CALLS ? answeredAt[CALLS - 1]! : surgeEnd) - surgeStart) / 1000;
  const cps = answered / surgeSeconds;

  // Steady: the surge's callers wait in the queue while new ones keep arriving.
  mirrorEvery = MIRROR_EVERY;
  await pause(1000);
  const { active: activeAtSteadyStart } = await readMetrics(runtimeUrl);
  // The scrape just collected the runtime's garbage; collect the simulator's too, so that neither
  // side starts the window owing a full collection.
  collectGarbage();
  await pause(1000);
  const steadyCpu = cpuAt();
  const steadyStart = performance.now();
  const steadyCalls = Math.round(CHURN * STEADY_SECONDS);
  await placeAtRate(steadyCalls, CHURN);
  const steadyEnd = performance.now();
  const steadyCpuText = cpuSince(steadyCpu, Math.max(1, steadyCalls));
  if (steadyEnd - surgeStart > 21_000) console.log("  (the steady window reached the surge callers' first hold-loop turn: shorten --steady)");
  // Let the acks of the window's last messages come back before the scrape stalls the runtime.
  await pause(1500);
  const { active, rss: rssBusy, heap: heapBusy, backlog: steadyBacklog } = await readMetrics(runtimeUrl);
  const steadyHooks = acks.within(steadyStart, steadyEnd).length;

  await Promise.race([Promise.all(calls.map((c) => c.ended)), new Promise((r) => setTimeout(r, (HOLD_SECONDS + 60) * 1000))]);
  clearInterval(progress);
  const stuck = calls.filter((c) => !c.isEnded);
  if (stuck.length) {
    console.log(`  ${stuck.length} call(s) did not end (place one with npm run call to read its transcript)`);
    for (const c of stuck) c.hangUp();
  }
  const invalid = sim.invalidVerbs.length;

  const report = (from: number, to: number) => {
    const mine = acks.within(from, to);
    const echoes = floor.within(from, to);
    return { count: mine.length, p50: readPercentile(mine, 50), p99: readPercentile(mine, 99), floorP50: readPercentile(echoes, 50), floorP99: readPercentile(echoes, 99) };
  };
  const surge = report(surgeStart, surgeEnd);
  const steady = report(steadyStart, steadyEnd);
  const perCallKb = (rssBusy - rssIdle) / 1024 / Math.max(1, active);
  const heapPerCallKb = (heapBusy - heapIdle) / 1024 / Math.max(1, active);

  const line = (label: string, value: string, target: string, pass: boolean | null) => console.log(`  ${label.padEnd(46)} ${value.padEnd(24)} ${target.padEnd(10)} ${pass === null ? "" : pass ? "PASS" : "FAIL"}`);
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  console.log(`  ${"measure".padEnd(46)} ${"value".padEnd(24)} ${"target".padEnd(10)} result`);
  console.log("  call-record writer, fresh database");
  line(`  event rows written per second, sustained`, `${writer.eventRowsPerSecond.toFixed(0)} (offered ${WRITER_CALLS * 8})`, ">= 10000", writer.eventRowsPerSecond >= 10_000);
  line(`  (${writer.written} of ${writer.offered} rows, first offered to last written)`, `${writer.seconds.toFixed(2)} s`, "", null);
  line(`  largest backlog (records buffered)`, `${writer.maxBacklog}`, "", null);
  console.log("  surge");
  line(`  new calls per second, sustained`, `${cps.toFixed(0)} (offered ${RATE})`, ">= 500", cps >= 500);
  line(`  (${answered} of ${CALLS} calls answered, first placed to last)`, `${surgeSeconds.toFixed(2)} s`, "", null);
  line(`  hook-to-ack p50 / p99 (${surge.count} acks)`, `${ms(surge.p50)} / ${ms(surge.p99)}`, "", null);
  line(`  echo floor p50 / p99, same seconds`, `${ms(surge.floorP50)} / ${ms(surge.floorP99)}`, "", null);
  line(`  p99 vs echo floor p99`, `${(surge.p99 / surge.floorP99).toFixed(2)}x`, "<= 3x", surge.p99 <= 3 * surge.floorP99);
  console.log("  steady");
  line(`  concurrent calls (runtime gauge), start / end`, `${activeAtSteadyStart} / ${active}`, ">= 2000", Math.min(activeAtSteadyStart, active) >= 2000);
  line(`  hook-to-ack p50 / p99 (${steady.count} acks)`, `${ms(steady.p50)} / ${ms(steady.p99)}`, "p99 <= 10", steady.p99 <= 10);
  line(`  echo floor p50 / p99, same seconds`, `${ms(steady.floorP50)} / ${ms(steady.floorP99)}`, "", null);
  line(`  p99 vs echo floor p99`, `${(steady.p99 / steady.floorP99).toFixed(2)}x`, "<= 3x", steady.p99 <= 3 * steady.floorP99);
  line(`  memory per active call (live heap)`, `${heapPerCallKb.toFixed(1)} KB`, "<= 50 KB", heapPerCallKb <= 50);
  line(`  runtime's record backlog after surge / steady`, `${surgeBacklog} / ${steadyBacklog}`, "", null);
  console.log(`\n  surge: CPU per call: ${surgeCpuText}`);
  console.log(`  steady: ${steadyHooks} acks in ${((steadyEnd - steadyStart) / 1000).toFixed(1)} s; CPU per new call: ${steadyCpuText}`);
  console.log(`  RSS per active call ${perCallKb.toFixed(1)} KB (includes allocator slack); ${calls.length} calls, ${acks.count} acks timed, ${floor.count} echo round trips; verbs failing the jambonz spec: ${invalid}`);

  if (process.env.BENCH_DEBUG) {
    for (let t = surgeStart; t < steadyEnd; t += 1000) {
      const mine = acks.within(t, t + 1000);
      const echoes = floor.within(t, t + 1000);
      const answered = answeredAt.filter((a) => a >= t && a < t + 1000).length;
      console.log(`  t+${((t - surgeStart) / 1000).toFixed(0).padStart(3)} s: ${String(answered).padStart(4)} answered, ${String(mine.length).padStart(5)} acks p99 ${readPercentile(mine, 99).toFixed(1).padStart(7)} ms max ${Math.max(...mine).toFixed(1).padStart(7)}; floor p99 ${readPercentile(echoes, 99).toFixed(1).padStart(7)} max ${Math.max(...echoes).toFixed(1).padStart(7)}`);
    }
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
