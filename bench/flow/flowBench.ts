// Flow benchmark: validate + compile a 2,000-node flow, and one engine step of a menu loop.
// Prints figures against targets; not a timed test. Run: npx tsx bench/flow/flowBench.ts
import { compileFlow, validateFlow, type FlowIR } from "@centrala/flow";
import { initialState, step, type CallState, type EngineEvent } from "@centrala/engine";
import { generateLargeFlow } from "../../packages/flow/src/testing/generateFlow";

const compileTargetMs = 50;
const stepTargetUs = 20;

/** Reads the p-th percentile of sorted samples. */
function readPercentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

type CompileFigures = { median: number; p95: number; validateMedian: number; compileMedian: number; nodes: number };

function measureCompile(nodeCount: number, runs: number): CompileFigures {
  const doc = generateLargeFlow(nodeCount, 42);
  const runOnce = (): [number, number] => {
    const started = performance.now();
    const problems = validateFlow(doc);
    const validated = performance.now();
    const result = compileFlow(doc);
    if (!result.ok) throw new Error(`generated flow does not compile: ${problems[0]?.code ?? "?"}`);
    return [validated - started, performance.now() - validated];
  };
  for (let warm = 0; warm < 5; warm += 1) runOnce();
  const totals: number[] = [];
  const validates: number[] = [];
  const compiles: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const [validate, compile] = runOnce();
    validates.push(validate);
    compiles.push(compile);
    totals.push(validate + compile);
  }
  for (const samples of [totals, validates, compiles]) samples.sort((a, b) => a - b);
  return {
    median: readPercentile(totals, 50), p95: readPercentile(totals, 95),
    validateMedian: readPercentile(validates, 50), compileMedian: readPercentile(compiles, 50), nodes: doc.nodes.length,
  };
}

/** A menu whose key 1 plays a message and returns to the menu: every step is a key press. */
const menuLoop: FlowIR = {
  version: 1,
  start: "start",
  nodes: {
    start: { kind: "start", config: {}, next: { next: "menu" } },
    menu: {
      kind: "menu",
      config: { prompt: { type: "tts", text: "Dla {{caller}}: sprzedaż 1, serwis 2.", language: "pl-PL" }, keys: ["1", "2"], timeoutSeconds: 5, maxAttempts: 3 },
      next: { "key:1": "info", "key:2": "menu" },
    },
    info: { kind: "play", config: { prompt: { type: "library", promptId: "info" }, repeat: 1 }, next: { next: "menu" } },
  },
};

function measureStep(steps: number): { medianUs: number; p95Us: number } {
  const start: EngineEvent = {
    type: "start", at: 1_700_000_000_000,
    call: { callSid: "bench", from: "+48601100200", to: "+48221234567" },
    env: { timezone: "Europe/Warsaw", sipRealm: "bench.sip", promptBaseUrl: "https://p", audioWsUrl: "wss://a" },
  };
  let state: CallState = step(menuLoop, initialState(start), start).state;
  const press = (at: number): void => {
    state = step(menuLoop, state, { type: "digits", at, nodeId: "menu", purpose: "gather", digits: "1" }).state;
  };
  for (let warm = 0; warm < 20_000; warm += 1) press(start.at + warm);
  // Batches of 1,000 steps: timer resolution is too coarse for a single step.
  const batch = 1000;
  const samples: number[] = [];
  for (let done = 0; done < steps; done += batch) {
    const started = performance.now();
    for (let index = 0; index < batch; index += 1) press(start.at + done + index);
    samples.push(((performance.now() - started) * 1000) / batch);
  }
  if (state.status !== "active" || state.node?.id !== "menu") throw new Error("menu loop left the menu");
  samples.sort((a, b) => a - b);
  return { medianUs: readPercentile(samples, 50), p95Us: readPercentile(samples, 95) };
}

function formatVerdict(value: number, target: number): string {
  return value <= target ? "PASS" : "FAIL";
}

const compile = measureCompile(2000, 30);
console.log(`validateFlow + compileFlow, ${compile.nodes} nodes (30 runs after 5 warm-up):`);
console.log(`  median ${compile.median.toFixed(1)} ms, p95 ${compile.p95.toFixed(1)} ms  (target <= ${compileTargetMs} ms)  ${formatVerdict(compile.median, compileTargetMs)}`);
console.log(`  of which validateFlow median ${compile.validateMedian.toFixed(1)} ms, compileFlow (validates again) median ${compile.compileMedian.toFixed(1)} ms`);
const engine = measureStep(100_000);
console.log("engine step, menu key-press loop (100,000 steps in batches of 1,000):");
console.log(`  median ${engine.medianUs.toFixed(2)} µs/step, p95 ${engine.p95Us.toFixed(2)} µs/step  (target <= ${stepTargetUs} µs)  ${formatVerdict(engine.medianUs, stepTargetUs)}`);
