// The dispatcher across real runtime instances: N runtime processes on one PostgreSQL, the
// simulated jambonz in this process (real time), agents as extensions in four queues. 1,000 callers
// are placed and queued first (agents signed out), then every agent signs in; agents answer after a
// short delay and talk briefly, and each caller bridged is replaced by a new one, so about 1,000
// wait throughout the steady phase; then the queues drain. Prints the latency from "agent free" (its
// leg ended at jambonz: no wrap-up, so the agent is free that instant) to jambonz receiving the
// next POST /Calls for that agent, double offers, order violations and bridged calls per second.
import { readFileSync } from "node:fs";
import os from "node:os";
import { setAgentPresence } from "@centrala/db";
import { formatLegId } from "../../apps/runtime/src/acd/agentLegTag";
import { readPercentile } from "../runtime/percentiles";
import { createRandom } from "./acdLoad";
import { auditObservations, type JoinRow } from "./auditObservations";
import { ClusterWatch, nowMs } from "./ClusterWatch";
import { startAcdCluster } from "./startAcdCluster";

export type ClusterBenchOptions = {
  callers: number; agents: number; seconds: number; rate: number; seed: number;
  answerMs: [number, number]; talkMs: [number, number];
};

const latencyTargetMs = 100;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ms = (value: number) => `${Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : "–"} ms`;
const debug = (text: string) => process.env.BENCH_DEBUG && console.log(`    · ${text}`);

/** CPU seconds a process has used (Linux /proc). */
function readCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await pause(250);
  }
  console.log(`  ! gave up waiting for ${what} after ${Math.round(timeoutMs / 1000)} s`);
  return false;
}

export async function runClusterBench(instances: number, o: ClusterBenchOptions): Promise<boolean> {
  const random = createRandom(o.seed);
  const started = nowMs();
  const cluster = await startAcdCluster({ instances, agents: o.agents, queuesPerAgent: 2, random });
  let replacing = false;
  const placeRandomCaller = () => {
    const queueId = cluster.queueIds[Math.floor(random() * cluster.queueIds.length)]!;
    watch.placeCaller(cluster.numbers.get(queueId)!, queueId);
  };
  const agentQueues = new Map([...cluster.agents.values()].map((a) => [a.agentId, a.queueIds]));
  const watch = new ClusterWatch(cluster.sim, { agentQueues, onBridged: () => replacing && placeRandomCaller() });
  watch.scriptAgents([...cluster.agents.keys()], random, o.answerMs, o.talkMs);
  const cpuOf = (pids: number[]) => pids.reduce((sum, pid) => sum + readCpuSeconds(pid), 0);
  try {
    console.log(`\nDispatcher across ${instances} runtime instances (one PostgreSQL, simulated jambonz, TCP load balancer): ${o.agents} agents in ${cluster.queueIds.length} queues, ${o.callers} callers queued, then ${o.seconds} s with each caller bridged replaced`);
    console.log(`  set up in ${((nowMs() - started) / 1000).toFixed(0)} s; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.availableParallelism()} cores`);
    // 1. Callers queue while every agent is signed out.
    for (let i = 0; i < o.callers; i++) {
      placeRandomCaller();
      if (i % 10 === 9) await pause(10_000 / o.rate);
    }
    const joinCount = async () => Number((await cluster.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM bench_acd_join`))[0]!.n);
    // Every call queued at jambonz and at the dispatcher (or already over: refused, or dropped by a time-out).
    await waitFor(`${o.callers} callers queued`, async () => watch.waitingCount + watch.callersEnded >= o.callers && (await joinCount()) >= watch.waitingCount, 300_000);
    const queuedAfter = ((nowMs() - started) / 1000).toFixed(0);
    console.log(`  ${watch.waitingCount} callers queued at jambonz, ${await joinCount()} at the dispatcher, ${watch.callersEnded} calls already over (refused or failed), ${queuedAfter} s after the start`);

    // 2. Every agent signs in; from now on each caller bridged is replaced.
    replacing = true;
    const cpuBefore = { runtimes: cpuOf(cluster.runtimePids), bench: process.cpuUsage() };
    const agentIds = [...cluster.agents.values()].map((a) => a.agentId);
    for (const agentId of agentIds) {
      await setAgentPresence(cluster.prisma, cluster.tenantId, agentId, { status: "available" });
      watch.markSignedIn(agentId);
    }
    watch.window = { from: nowMs(), to: Infinity };
    const waitingSamples: number[] = [];
    while (nowMs() - watch.window.from < o.seconds * 1000) {
      await pause(1000);
      waitingSamples.push(watch.waitingCount);
      debug(`${((nowMs() - watch.window.from) / 1000).toFixed(0)} s: ${watch.bridgesAt.length} bridged, ${watch.waitingCount} waiting, ${watch.freeToRequest.length} samples`);
    }
    watch.window = { ...watch.window, to: nowMs() };
    replacing = false;
    const cpuAfter = { runtimes: cpuOf(cluster.runtimePids), bench: process.cpuUsage(cpuBefore.bench) };
    const loadAtEnd = os.loadavg()[0]!;

    // 3. The queues drain: every caller is bridged once and hangs up.
    const drained = await waitFor("the queues to drain", () => watch.callersEnded >= watch.placed, 300_000);
    debug(`drained: ${watch.callersEnded}/${watch.placed} callers ended`);
    await pause(1500);

    const joins = (await cluster.prisma.$queryRawUnsafe<{ caller_id: string; queue_id: string; priority: number; seq: bigint; at: Date }[]>(
      `SELECT caller_id, queue_id, priority, seq, at FROM bench_acd_join`,
    )).map((r): JoinRow => ({ callerId: r.caller_id, queueId: r.queue_id, priority: r.priority, seq: Number(r.seq), at: r.at.getTime() }));
    const legRows = await cluster.prisma.acdLeg.findMany({ where: { tenantId: cluster.tenantId }, select: { id: true, agentId: true, callerSid: true, createdAt: true, endedAt: true } });
    const figures = auditObservations(joins, watch.observations);

    // Latency: free → POST /Calls, split at the dispatcher's decision (the leg row is written in its batch's transaction).
    const decidedAt = new Map(legRows.map((leg) => [leg.id, leg.createdAt.getTime()]));
    const total = watch.freeToRequest.map((s) => s.requestedAt - s.freeAt);
    const toDecision = watch.freeToRequest.flatMap((s) => { const d = decidedAt.get(formatLegId(s.offerId, s.agentId)); return d === undefined ? [] : [d - s.freeAt]; });
    const toRequest = watch.freeToRequest.flatMap((s) => { const d = decidedAt.get(formatLegId(s.offerId, s.agentId)); return d === undefined ? [] : [s.requestedAt - d]; });
    const p99 = readPercentile(total, 99);
    const steadyBridges = watch.bridgesAt.filter((at) => at >= watch.window.from && at <= watch.window.to).length;
    const steadySeconds = (watch.window.to - watch.window.from) / 1000;
    const bridgesPerSecond = steadyBridges / steadySeconds;
    const cycleSeconds = (o.answerMs[0] + o.answerMs[1] + o.talkMs[0] + o.talkMs[1]) / 2000;
    const notOnce = [...new Set([...joins.map((j) => j.callerId), ...watch.bridgesByCaller.keys()])].filter((id) => watch.bridgesByCaller.get(id) !== 1).length;
    // The database's own witness, as twoInstances.test.ts reads it: legs of one agent (or one caller) that overlap in time.
    const overlaps = (key: "agentId" | "callerSid") => {
      const groups = new Map<string, { from: number; to: number }[]>();
      for (const leg of legRows) groups.set(leg[key], [...(groups.get(leg[key]) ?? []), { from: leg.createdAt.getTime(), to: leg.endedAt?.getTime() ?? Infinity }]);
      let count = 0;
      for (const list of groups.values()) {
        list.sort((a, b) => a.from - b.from);
        for (let i = 1; i < list.length; i++) if (list[i]!.from < list[i - 1]!.to) count++;
      }
      return count;
    };
    const problems = figures.doubleOffers + figures.doubleBridges + figures.orderViolations;
    const ok = p99 <= latencyTargetMs && problems === 0 && notOnce === 0 && drained;
    console.log(`  callers placed ${watch.placed}, bridged ${watch.bridgesAt.length}; callers not bridged exactly once ${notOnce} ${notOnce === 0 ? "✔" : "✘"}; agent legs requested ${watch.legsRequested} (ended unbridged ${watch.legsFailed}${watch.legsFailed ? `: ${[...watch.unbridged].map(([how, n]) => `${n} ${how}`).join("; ")}` : ""})`);
    if (watch.unbridgedCallers.size) console.log(`  ! callers whose call ended unbridged: ${[...watch.unbridgedCallers].map(([how, n]) => `${n} ${how}`).join("; ")}`);
    if (watch.stranded) console.log(`  ! callers dequeued whose agent hung up before the bridge (left in silence by jambonz, hung up by the benchmark): ${watch.stranded}`);
    for (const story of watch.stories) console.log(`    leg ${story}`);
    console.log(`  agent free → agent leg requested  p50 ${ms(readPercentile(total, 50))}  p99 ${ms(p99)}  max ${ms(Math.max(...total))}  (target p99 ≤ ${latencyTargetMs} ms) ${p99 <= latencyTargetMs ? "✔" : "✘"}   [${total.length} samples]`);
    console.log(`    free → dispatcher's decision     p50 ${ms(readPercentile(toDecision, 50))}  p99 ${ms(readPercentile(toDecision, 99))}   (jambonz's status webhook / leg socket → a runtime → inbox → leader's batch)`);
    console.log(`    decision → POST /Calls           p50 ${ms(readPercentile(toRequest, 50))}  p99 ${ms(readPercentile(toRequest, 99))}   (commit, then the leader's REST request)`);
    console.log(`  agent signs in → first leg requested  p50 ${ms(readPercentile(watch.signInToRequest, 50))}  p99 ${ms(readPercentile(watch.signInToRequest, 99))}   (all ${o.agents} at once, ${o.callers} waiting)`);
    console.log(`  bridged calls per second (steady)  ${bridgesPerSecond.toFixed(1)}   (the agents' own pace allows ~${(o.agents / cycleSeconds).toFixed(0)}: answer ${o.answerMs.join("–")} ms, talk ${o.talkMs.join("–")} ms)`);
    console.log(`  callers waiting during the steady phase: mean ${(waitingSamples.reduce((a, b) => a + b, 0) / Math.max(1, waitingSamples.length)).toFixed(0)}, min ${Math.min(...waitingSamples)}`);
    console.log(`  double offers ${figures.doubleOffers}, double bridges ${figures.doubleBridges}, order violations ${figures.orderViolations} (target 0) ${problems === 0 ? "✔" : "✘"}   [${figures.offers} offers audited]`);
    console.log(`  in the database: overlapping legs of one agent ${overlaps("agentId")}, of one caller ${overlaps("callerSid")}, legs never ended ${legRows.filter((l) => !l.endedAt).length}`);
    console.log(`  CPU during the steady phase (% of one core): runtimes together ${((cpuAfter.runtimes - cpuBefore.runtimes) / steadySeconds * 100).toFixed(0)}%, simulator ${((cpuAfter.bench.user + cpuAfter.bench.system) / 1e6 / steadySeconds * 100).toFixed(0)}%; load average at its end ${loadAtEnd.toFixed(1)}`);
    for (const problem of figures.firstProblems) console.log(`  ! ${problem}`);
    return ok;
  } finally {
    await cluster.close();
  }
}
