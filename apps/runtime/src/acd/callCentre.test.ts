import { afterEach, describe, expect, it } from "vitest";
import { hangUpAfter, hangUpWhenBridged, type SimulatedCall, type TranscriptEvent } from "@centrala/jambonz-sim";
import { startCallCentre, type CallCentreWorld } from "../testing/startCallCentre";

let world: CallCentreWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const bridgedWith = (call: SimulatedCall) => call.transcript.flatMap((e) => (e.kind === "bridged" && e.via === "queue" ? [e.with.split("@")[0]] : []));
const restLegs = (call: SimulatedCall) => call.transcript.filter((e): e is Extract<TranscriptEvent, { kind: "rest-leg" }> => e.kind === "rest-leg");
const until = async (check: () => boolean | Promise<boolean>, ms = 20_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) if (await check()) return;
  throw new Error("timed out waiting");
};

async function traceOf(callSid: string) {
  for (const rt of world!.runtimes) await rt.runtime.flushRecords();
  const call = await world!.runtimes[0]!.prisma.call.findUnique({ where: { callSid }, include: { events: { orderBy: { seq: "asc" } } } });
  return call?.events ?? [];
}

describe("the call-centre dispatcher through the simulated jambonz", () => {
  it("rings 101 (busy), then 102, and bridges the caller to 102; every ring is on the caller's path", async () => {
    world = await startCallCentre({ agents: ["101", "102"], strategy: "inOrder" });
    const call = world.sim.featureServer.placeInbound({
      to: world.numbers[0]!, clock: "real", caller: [hangUpWhenBridged(1000)],
      dialTargets: { "101": { busy: true, rejectAfterMs: 300 }, "102": { answerAfterMs: 500, talkMs: 5000 } },
    });
    await call.ended;
    expect(bridgedWith(call)).toEqual(["102"]);
    const legs = restLegs(call).map((e) => `${e.target}:${e.status}`);
    expect(legs).toEqual(["101:trying", "101:ringing", "101:busy", "102:trying", "102:ringing", "102:in-progress"]);
    await until(async () => (await traceOf(call.callSid)).some((e) => e.type === "agentAnswered"));
    const trace = (await traceOf(call.callSid)).filter((e) => e.type.startsWith("agent")).map((e) => `${e.type}:${(e.data as { extension?: string }).extension}:${(e.data as { outcome?: string }).outcome ?? ""}`);
    expect(trace).toEqual(["agentRinging:101:", "agentRang:101:busy", "agentRinging:102:", "agentAnswered:102:"]);
    const leg = await world.runtimes[0]!.prisma.acdLeg.findFirst({ where: { callerSid: call.callSid, agentId: world.agents["102"] } });
    expect(leg).toMatchObject({ status: "ended", outcome: "completed" });
  });

  it("abandon while an agent rings: the agent's leg is cancelled at once (487), and the caller's path says so", async () => {
    world = await startCallCentre({ agents: ["101"], ringSeconds: 30 });
    const call = world.sim.featureServer.placeInbound({ to: world.numbers[0]!, clock: "real", caller: [hangUpAfter(1500)], dialTargets: { "101": { noAnswer: true } } });
    await call.ended;
    const prisma = world.runtimes[0]!.prisma;
    await until(async () => (await prisma.acdLeg.findFirst({ where: { callerSid: call.callSid } }))?.status === "ended");
    const leg = (await prisma.acdLeg.findFirst({ where: { callerSid: call.callSid } }))!;
    expect(leg.outcome).toBe("no-answer");
    // Cancelled well before its 30 s ring time: jambonz's record of the leg says 487.
    expect(leg.endedAt!.getTime() - leg.createdAt.getTime()).toBeLessThan(5000);
    const { sim } = world;
    const account = sim.store.all("accounts")[0]!.account_sid as string;
    const key = sim.store.all("api_keys")[0]!.token as string;
    const record = await (await fetch(`${sim.url}/v1/Accounts/${account}/Calls/${leg.callSid}`, { headers: { authorization: `Bearer ${key}` } })).json();
    expect(record).toMatchObject({ call_status: "no-answer", sip_status: 487, direction: "outbound" });
    await until(async () => (await traceOf(call.callSid)).some((e) => e.type === "agentRang"));
    expect((await traceOf(call.callSid)).find((e) => e.type === "agentRang")?.data).toMatchObject({ extension: "101", outcome: "cancelled" });
  });
});
