// Dispatcher benchmark: the pure dispatcher with 1,000 waiting callers and 200 agents across four
// queues (one per hunting strategy), agents freeing up at random. Prints decision latency from
// "agent free" to the ringAgent command, double offers, order violations and events per second.
// Not a timed test. Run: npm run bench:acd [-- --events 200000 --callers 1000 --agents 200 --queues 4]
//
// With `--instances 2` (or 4, or "2,4" for both one after the other) it runs the dispatcher across
// real runtime processes on one PostgreSQL instead (clusterBench.ts): npm run bench:acd -- --instances 2,4
// [--callers 1000 --agents 200 --seconds 60 --rate 100 --answer-ms 200-600 --talk-ms 4000-6000 --seed 2026]
import { createAcdState, dispatch, type AcdEvent, type AcdState, type DispatchResult } from "@centrala/acd";
import { checkInvariants } from "../../packages/acd/src/testing/checkInvariants";
import { readPercentile } from "../runtime/percentiles";
import { AcdLoad } from "./acdLoad";
import { DispatchAudit } from "./dispatchAudit";

const latencyTargetMs = 100;

function readOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

/** Events after which an agent may be free: what "agent free → ring" measures. */
const freeingEvents = new Set<AcdEvent["type"]>(["agentCallEnded", "wrapUpEnded", "tick", "agentLoggedIn", "agentAvailable"]);

function readRange(name: string, fallback: [number, number]): [number, number] {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const [low, high] = String(process.argv[index + 1]).split("-").map(Number);
  if (!Number.isFinite(low) || !Number.isFinite(high) || low! < 0 || high! < low!) throw new Error(`--${name} needs a range such as 200-600`);
  return [low!, high!];
}

/** `--instances 2`, `--instances 4` or `--instances 2,4`: the dispatcher across real runtime processes. */
async function mainInstances(list: string): Promise<void> {
  const counts = list.split(",").map(Number);
  if (counts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--instances needs a number of runtime instances, or a list such as 2,4");
  const options = {
    callers: readOption("callers", 1000), agents: readOption("agents", 200), seconds: readOption("seconds", 60), rate: readOption("rate", 100), seed: readOption("seed", 2026),
    answerMs: readRange("answer-ms", [200, 600]), talkMs: readRange("talk-ms", [4000, 6000]),
  };
  const { runClusterBench } = await import("./clusterBench");
  let ok = true;
  for (const instances of counts) ok = (await runClusterBench(instances, options)) && ok;
  process.exit(ok ? 0 : 1);
}

function main(): void {
  const totalEvents = readOption("events", 200_000);
  const load = new AcdLoad({ callers: readOption("callers", 1000), agents: readOption("agents", 200), queues: readOption("queues", 4) });
  const audit = new DispatchAudit();
  let state: AcdState = createAcdState({ at: load.at, idPrefix: "bench-" });
  let result: DispatchResult | undefined;
  const apply = (event: AcdEvent): number => {
    const started = performance.now();
    result = dispatch(state, event);
    const elapsed = performance.now() - started;
    state = result.state;
    audit.observe(event, result.commands);
    load.observe(result.commands);
    return elapsed;
  };
  for (const event of load.setupEvents()) apply(event);

  const freeToRing: number[] = [];
  const all: number[] = [];
  let dispatchMs = 0;
  let invariantChecks = 0;
  let waitingSum = 0;
  let stateBytes = 0;
  const roundTripMs: number[] = [];
  const wallStarted = performance.now();
  const virtualStarted = load.at;
  for (let count = 0; count < totalEvents; count += 1) {
    const event = load.nextEvent(result?.nextTickAt ?? null);
    if (!event) break;
    const elapsed = apply(event);
    dispatchMs += elapsed;
    all.push(elapsed);
    if (freeingEvents.has(event.type) && result?.commands.some((command) => command.type === "ringAgent")) freeToRing.push(elapsed);
    if (count % 100 === 0) waitingSum += Object.keys(state.callers).length;
    if (count % 2000 === 0) {
      checkInvariants(state);
      invariantChecks += 1;
      const started = performance.now();
      const json = JSON.stringify(state);
      JSON.parse(json);
      roundTripMs.push(performance.now() - started);
      stateBytes = Math.max(stateBytes, json.length);
    }
  }
  const wallMs = performance.now() - wallStarted;
  const { figures } = audit;
  const format = (ms: number): string => `${(ms * 1000).toFixed(0)} µs`;
  const p99 = readPercentile(freeToRing, 99);
  console.log(`Dispatcher: ${load.options.callers} callers waiting, ${load.options.agents} agents, ${load.options.queues} queues, ${all.length} events over ${((load.at - virtualStarted) / 60_000).toFixed(0)} simulated minutes`);
  console.log(`  callers in the queues (mean)       ${(waitingSum / Math.max(1, Math.ceil(all.length / 100))).toFixed(0)}`);
  console.log(`  agent free → ringAgent  p50 ${format(readPercentile(freeToRing, 50))}  p99 ${format(p99)}  (target p99 ≤ ${latencyTargetMs} ms) ${p99 <= latencyTargetMs ? "✔" : "✘"}   [${freeToRing.length} decisions]`);
  console.log(`  any event               p50 ${format(readPercentile(all, 50))}  p99 ${format(readPercentile(all, 99))}  max ${format(Math.max(...all))}`);
  console.log(`  events/s (dispatch only) ${Math.round(all.length / (dispatchMs / 1000))}   (with the load generator and audit: ${Math.round(all.length / (wallMs / 1000))})`);
  console.log(`  offers ${figures.offers}, bridged ${figures.bridges}`);
  console.log(`  double offers ${figures.doubleOffers}, double bridges ${figures.doubleBridges}, order violations ${figures.orderViolations} (target 0) ${figures.doubleOffers + figures.doubleBridges + figures.orderViolations === 0 ? "✔" : "✘"}`);
  console.log(`  state as JSON up to ${(stateBytes / 1024).toFixed(0)} KiB; stringify + parse p50 ${readPercentile(roundTripMs, 50).toFixed(2)} ms (what the runtime pays to persist it)`);
  console.log(`  invariant checks passed: ${invariantChecks}`);
  for (const problem of figures.firstProblems) console.log(`  ! ${problem}`);
  if (figures.doubleOffers + figures.doubleBridges + figures.orderViolations > 0) process.exitCode = 1;
}

const instancesAt = process.argv.indexOf("--instances");
if (instancesAt >= 0) {
  mainInstances(String(process.argv[instancesAt + 1])).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
} else main();
