import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimulatedCall } from "@centrala/jambonz-sim";
import { startCallCentre, type CallCentreWorld } from "../testing/startCallCentre";

// Two runtime instances on one database, each carrying its own callers; one leads the dispatcher,
// and half-way through it stops leading (as when it is stopped): the other takes over.
const CALLS = Number(process.env.ACD_TEST_CALLS ?? 100);
let world: CallCentreWorld;

beforeAll(async () => {
  world = await startCallCentre({ agents: ["101", "102", "103", "104", "105"], instances: 2, strategy: "roundRobin", quietMs: 20, maxWaitSeconds: 7200 });
});
afterAll(async () => world?.close());

type Interval = { from: number; to: number };
/** Pairs of intervals that overlap, within each group. */
function countOverlaps(groups: Map<string, Interval[]>): number {
  let overlaps = 0;
  for (const intervals of groups.values()) {
    intervals.sort((a, b) => a.from - b.from);
    for (let i = 1; i < intervals.length; i++) if (intervals[i]!.from < intervals[i - 1]!.to) overlaps++;
  }
  return overlaps;
}

describe("two runtime instances sharing one database", () => {
  it(`offer no agent two callers and no caller two agents at once over ${CALLS} calls, through a change of leader`, async () => {
    const leaderFirst = world.runtimes.find((rt) => rt.runtime.callCentre.leader?.isLeading)!;
    const other = world.runtimes.find((rt) => rt !== leaderFirst)!;
    const dialTargets = Object.fromEntries(Object.keys(world.agents).map((n) => [n, { answerAfterMs: 400, talkMs: 1500 }]));
    const calls: SimulatedCall[] = [];
    let bridged = 0;
    let tookOver = false;
    for (let i = 0; i < CALLS; i++) {
      const call = world.sim.featureServer.placeInbound({ to: world.numbers[i % 2]!, from: `+48600${String(i).padStart(6, "0")}`, dialTargets });
      call.on("event", (e) => {
        if (e.kind !== "bridged" || e.via !== "queue") return;
        bridged++;
        if (!tookOver && bridged >= CALLS / 2) {
          tookOver = true;
          void leaderFirst.runtime.callCentre.leader!.close();
        }
      });
      calls.push(call);
      if (i % 10 === 9) await new Promise((r) => setTimeout(r, 100));
    }
    await Promise.all(calls.map((c) => c.ended));
    expect(tookOver).toBe(true);
    expect(other.runtime.callCentre.leader!.isLeading).toBe(true);
    const bridges = calls.map((c) => c.transcript.filter((e) => e.kind === "bridged" && e.via === "queue").length);
    expect(bridges.filter((n) => n !== 1)).toEqual([]);

    const legs = await world.runtimes[0]!.prisma.acdLeg.findMany({ where: { tenantId: world.tenantId } });
    expect(legs.every((leg) => leg.status === "ended")).toBe(true);
    const byAgent = new Map<string, Interval[]>();
    const byCaller = new Map<string, Interval[]>();
    for (const leg of legs) {
      const interval = { from: leg.createdAt.getTime(), to: leg.endedAt!.getTime() };
      byAgent.set(leg.agentId, [...(byAgent.get(leg.agentId) ?? []), interval]);
      byCaller.set(leg.callerSid, [...(byCaller.get(leg.callerSid) ?? []), { ...interval }]);
    }
    expect(countOverlaps(byAgent)).toBe(0);
    expect(countOverlaps(byCaller)).toBe(0);
    // Each caller answered by exactly one agent.
    const answered = legs.filter((leg) => leg.outcome === "completed");
    expect(answered).toHaveLength(CALLS);
    expect(new Set(answered.map((leg) => leg.callerSid)).size).toBe(CALLS);
  }, 300_000);
});
