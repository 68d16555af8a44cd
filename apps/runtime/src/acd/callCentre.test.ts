import { afterEach, describe, expect, it } from "vitest";
import { hangUpAfter, hangUpWhenBridged, type SimulatedCall, type TranscriptEvent } from "@centrala/jambonz-sim";
import { randomUUID } from "node:crypto";
import { forTenant, getCallAction, listCallRecordings, requestCallAction, setAgentPresence, submitAcdEventWithPrisma } from "@centrala/db";
import { buildRecordingUrl, readMediaEnv, readWavInfo } from "@centrala/media";
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

/** Keeps every call the simulated jambonz runs (it forgets ended ones), to read the agents' side afterwards. */
function collectCalls(): { calls: SimulatedCall[]; stop(): void } {
  const calls = new Set<SimulatedCall>();
  const timer = setInterval(() => world!.sim.featureServer.allCalls.forEach((c) => calls.add(c)), 10);
  return { get calls() { return [...calls]; }, stop: () => clearInterval(timer) };
}

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
    // The agent's line hangs up a moment after the caller (it waits briefly in case the call moves into a conference).
    const leg = () => world!.runtimes[0]!.prisma.acdLeg.findFirst({ where: { callerSid: call.callSid, agentId: world!.agents["102"] } });
    await until(async () => (await leg())?.status === "ended");
    expect(await leg()).toMatchObject({ status: "ended", outcome: "completed" });
  }, 90_000);

  it("abandon while an agent rings: the agent's leg is cancelled at once (487), and the caller's path says so", async () => {
    world = await startCallCentre({ agents: ["101"], ringSeconds: 30 });
    const call = world.sim.featureServer.placeInbound({ to: world.numbers[0]!, clock: "real", caller: [hangUpAfter(1500)], dialTargets: { "101": { noAnswer: true } } });
    await call.ended;
    const prisma = world.runtimes[0]!.prisma;
    await until(async () => (await prisma.acdLeg.findFirst({ where: { callerSid: call.callSid } }))?.status === "ended", 45_000);
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
  }, 90_000);

  it("3 callers and 3 agents (busy / no answer / answers): the callers are bridged in the order they arrived", async () => {
    // In order 101, 102, 103. 101 is busy the first time, 102 does not answer the first time, 103 is
    // on a break at first; each answers when rung again.
    world = await startCallCentre({ agents: ["101", "102", "103"], strategy: "inOrder", ringSeconds: 12 });
    const prisma = world.runtimes[0]!.prisma;
    await setAgentPresence(prisma, world.tenantId, world.agents["103"]!, { status: "away", awayReason: "lunch" });
    const answers = { answerAfterMs: 800, talkMs: 6000 };
    // 101 says busy only after 4 s, so y is surely offered 102 before x is free to try it.
    const dialTargets = { "101": [{ busy: true, rejectAfterMs: 4000 }, answers], "102": [{ noAnswer: true }, answers], "103": answers };
    const order: string[] = [];
    const calls: Record<string, SimulatedCall> = {};
    const ringing = (call: SimulatedCall, extension: string) => restLegs(call).some((e) => e.target === extension && e.status === "ringing");
    // Each caller arrives once the one before is ringing its agent: x rings 101, y 102, z waits.
    for (const [name, before] of [["x", undefined], ["y", ["x", "101"]], ["z", ["y", "102"]]] as const) {
      if (before) await until(() => ringing(calls[before[0]]!, before[1]), 30_000);
      const call = world.sim.featureServer.placeInbound({ to: world.numbers[0]!, clock: "real", dialTargets });
      call.on("event", (e) => e.kind === "bridged" && e.via === "queue" && order.push(name));
      calls[name] = call;
    }
    // x: 101 busy (it rests 5 s), y: 102 rings out (12 s); x gets 101 again, then y 102; z waits for 103.
    await until(() => order.length === 2, 60_000);
    expect(order).toEqual(["x", "y"]);
    await setAgentPresence(prisma, world.tenantId, world.agents["103"]!, { status: "available" });
    await Promise.all(Object.values(calls).map((c) => c.ended));
    expect(order).toEqual(["x", "y", "z"]);
    expect(bridgedWith(calls.x!)).toEqual(["101"]);
    expect(bridgedWith(calls.y!)).toEqual(["102"]);
    expect(bridgedWith(calls.z!)).toEqual(["103"]);
    const extensionOf = Object.fromEntries(Object.entries(world.agents).map(([number, id]) => [id, number]));
    const rings = async (call: SimulatedCall) => (await prisma.acdLeg.findMany({ where: { callerSid: call.callSid }, orderBy: { createdAt: "asc" } }))
      .map((leg) => `${extensionOf[leg.agentId]}:${leg.outcome}`);
    expect(await rings(calls.x!)).toEqual(["101:busy", "101:completed"]);
    expect(await rings(calls.y!)).toEqual(["102:no-answer", "102:completed"]);
    expect(await rings(calls.z!)).toEqual(["103:completed"]);
  }, 120_000);

  it("a caller jambonz no longer has (their runtime stopped before reporting the hang-up): the agent rung finds nobody, and the caller leaves the queue", async () => {
    world = await startCallCentre({ agents: ["101"] });
    const prisma = world.runtimes[0]!.prisma;
    const ghost = randomUUID();
    await submitAcdEventWithPrisma(prisma, world.tenantId, { type: "callerJoined", at: Date.now(), callerId: ghost, queueId: world.queueId });
    const dispatcherHas = async () => (await prisma.acdRecord.count({ where: { tenantId: world!.tenantId, kind: "caller", id: ghost } })) > 0;
    await until(dispatcherHas);
    await until(async () => !(await dispatcherHas()), 40_000);
    // One ring, answered, nobody there: the agent is not rung for the ghost again.
    const legs = await prisma.acdLeg.findMany({ where: { callerSid: ghost } });
    expect(legs).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await prisma.acdLeg.count({ where: { callerSid: ghost } })).toBe(1);
  }, 90_000);

  it("an agent freed offers the next caller at once", async () => {
    world = await startCallCentre({ agents: ["101"] });
    const dialTargets = { "101": { answerAfterMs: 300, talkMs: 1500 } };
    const first = world.sim.featureServer.placeInbound({ to: world.numbers[0]!, clock: "real", dialTargets });
    await new Promise((r) => setTimeout(r, 300));
    const second = world.sim.featureServer.placeInbound({ to: world.numbers[0]!, clock: "real", dialTargets });
    await Promise.all([first.ended, second.ended]);
    expect(bridgedWith(first)).toEqual(["101"]);
    expect(bridgedWith(second)).toEqual(["101"]);
    const prisma = world.runtimes[0]!.prisma;
    const [a, b] = await Promise.all([first, second].map((c) => prisma.acdLeg.findFirstOrThrow({ where: { callerSid: c.callSid } })));
    // The second caller's agent leg is requested after the first call ends, and soon after.
    expect(b!.createdAt.getTime()).toBeGreaterThanOrEqual(a!.endedAt!.getTime() - 50);
    expect(b!.createdAt.getTime() - a!.endedAt!.getTime()).toBeLessThan(2000);
  }, 90_000);

  it("two agents answer together: one gets the caller, the other hears that a colleague took it", async () => {
    world = await startCallCentre({ agents: ["101", "102"], strategy: "ringAll" });
    const seen = collectCalls();
    const call = world.sim.featureServer.placeInbound({ to: world.numbers[0]!, clock: "real", dialTargets: { "101": { answerAfterMs: 700, talkMs: 1500 }, "102": { answerAfterMs: 700, talkMs: 1500 } } });
    await call.ended;
    await until(() => seen.calls.filter((c) => c.callInfo.direction === "outbound").every((c) => c.isEnded) && seen.calls.length >= 3);
    seen.stop();
    const agentLegs = seen.calls.filter((c) => c.callInfo.direction === "outbound");
    const heard = agentLegs.map((leg) => leg.transcript.flatMap((e) => (e.kind === "hear" && e.text ? [e.text] : [])).join(" "));
    expect(bridgedWith(call)).toHaveLength(1);
    expect(heard.filter((h) => /odebrał już inny konsultant/.test(h))).toHaveLength(1);
  }, 90_000);

  it("a queue that records always: the caller hears the announcement first, the conversation is stored with its queue and agent, and plays", async () => {
    world = await startCallCentre({ agents: ["101"] });
    const prisma = world.runtimes[0]!.prisma;
    await forTenant(prisma, world.tenantId).queue.update({ where: { id: world.queueId }, data: { recordingPolicy: "always" } });
    const call = world.sim.featureServer.placeInbound({ to: world.numbers[0]!, clock: "real", dialTargets: { "101": { answerAfterMs: 300, talkMs: 2500 } } });
    await call.ended;
    const heard = call.transcript.flatMap((e) => (e.kind === "hear" && e.text ? [e.text] : []));
    expect(heard[0]).toBe("Rozmowa może być nagrywana.");
    let recordings: Awaited<ReturnType<typeof listCallRecordings>> = [];
    await until(async () => (recordings = await listCallRecordings(forTenant(prisma, world!.tenantId), { agentExtensionId: world!.agents["101"] })).length > 0);
    expect(recordings[0]).toMatchObject({ queueId: world.queueId, agentExtensionId: world.agents["101"], fromNumber: "+15083084809" });
    expect(recordings[0]!.durationMs).toBeGreaterThan(1500);
    const signingKey = readMediaEnv({ RUNTIME_SECRET: "runtime-test-secret-0123456789" }).signingKey;
    const url = buildRecordingUrl(world.runtimes[0]!.runtime.mediaOrigin, signingKey, world.tenantId, recordings[0]!.id, Date.now());
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/wav");
    const wav = readWavInfo(Buffer.from(await response.arrayBuffer()));
    expect(wav).toMatchObject({ channels: 2 });
    // Another tenant finds nothing.
    const other = await prisma.tenant.create({ data: { name: "Other", sipRealm: `other-rec-${Date.now()}.sip.test` } });
    expect(await listCallRecordings(forTenant(prisma, other.id))).toEqual([]);
  }, 90_000);

  it("a queue that records on demand: nothing until the desk starts it; then the recording is made", async () => {
    world = await startCallCentre({ agents: ["101"] });
    const prisma = world.runtimes[0]!.prisma;
    await forTenant(prisma, world.tenantId).queue.update({ where: { id: world.queueId }, data: { recordingPolicy: "onDemand" } });
    const call = world.sim.featureServer.placeInbound({ to: world.numbers[0]!, clock: "real", dialTargets: { "101": { answerAfterMs: 300, talkMs: 6000 } } });
    await until(() => call.transcript.some((e) => e.kind === "bridged" && e.via === "queue"));
    expect(call.transcript.some((e) => e.kind === "listen")).toBe(false);
    const { id } = await requestCallAction(prisma, world.tenantId, { callSid: call.callSid, action: { kind: "record", action: "start" } });
    await until(async () => (await getCallAction(prisma, world!.tenantId, id)).status === "done");
    await call.ended;
    expect(call.transcript.some((e) => e.kind === "listen" && e.event === "started")).toBe(true);
    await until(async () => (await listCallRecordings(forTenant(prisma, world!.tenantId), { queueId: world!.queueId })).length === 1);
  }, 90_000);
});
