import { afterEach, describe, expect, it } from "vitest";
import { getCallAction, requestCallAction, type CallAction } from "@centrala/db";
import type { SimulatedCall, TranscriptEvent } from "@centrala/jambonz-sim";
import { startCallCentre, type CallCentreWorld } from "../testing/startCallCentre";

let world: CallCentreWorld | undefined;
let seen: Set<SimulatedCall>;
let sweeper: NodeJS.Timeout | undefined;
afterEach(async () => {
  clearInterval(sweeper);
  await world?.close();
  world = undefined;
});

async function start(agents: string[]) {
  world = await startCallCentre({ agents });
  seen = new Set();
  // The simulated jambonz forgets ended calls: keep them to read every leg's side afterwards.
  sweeper = setInterval(() => world!.sim.featureServer.allCalls.forEach((c) => seen.add(c)), 10);
  return world;
}

const until = async (check: () => boolean | Promise<boolean>, ms = 30_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) if (await check()) return;
  throw new Error("timed out waiting");
};
const bridgesOf = (call: SimulatedCall) => call.transcript.flatMap((e) => (e.kind === "bridged" ? [`${e.via}:${e.with.split("@")[0]}`] : []));
const conferenceOf = (call: SimulatedCall) =>
  call.transcript.flatMap((e) => (e.kind === "conference" && e.event !== "started" ? [`${e.event}${e.tag ? `:${e.tag}` : ""}${e.muted ? ":muted" : ""}${e.speakOnlyTo ? `:to-${e.speakOnlyTo}` : ""}`] : []));
const legTo = (extension: string) => [...seen].filter((c) => c.callInfo.direction === "outbound" && String(c.callInfo.to) === `${extension}@${world!.sipRealm}`);

/** Waits for the caller to be talking to `extension` through the queue, then asks for the action on the agent's leg. */
async function act(caller: SimulatedCall, extension: string, action: CallAction) {
  const prisma = world!.runtimes[0]!.prisma;
  await until(() => bridgesOf(caller).includes(`queue:${extension}`));
  const leg = await prisma.acdLeg.findFirstOrThrow({ where: { callerSid: caller.callSid, status: "answered" } });
  const { id } = await requestCallAction(prisma, world!.tenantId, { callSid: leg.callSid!, action });
  await until(async () => ["done", "failed"].includes((await getCallAction(prisma, world!.tenantId, id)).status));
  return getCallAction(prisma, world!.tenantId, id);
}

describe("transfers between consultants", () => {
  it("blind: the caller rings the target at once and the agent's leg hangs up", async () => {
    const w = await start(["101", "102"]);
    const caller = w.sim.featureServer.placeInbound({
      to: w.numbers[0]!, clock: "real",
      dialTargets: { "101": { answerAfterMs: 300, talkMs: 60_000 }, "102": { answerAfterMs: 500, talkMs: 1500 } },
    });
    const action = await act(caller, "101", { kind: "transfer", mode: "blind", target: { type: "extension", number: "102" } });
    expect(action).toMatchObject({ status: "done", result: { ok: true } });
    await caller.ended;
    expect(bridgesOf(caller)).toEqual(["queue:101", "dial:102"]);
    const agentLeg = await w.runtimes[0]!.prisma.acdLeg.findFirstOrThrow({ where: { callerSid: caller.callSid } });
    expect(agentLeg).toMatchObject({ status: "ended", outcome: "completed" });
    await w.runtimes[0]!.runtime.flushRecords();
    const row = await w.runtimes[0]!.prisma.call.findUniqueOrThrow({ where: { callSid: caller.callSid }, include: { events: true } });
    expect(row.outcome).toBe("transferred");
    expect(row.events.map((e) => e.type)).toContain("transferred");
  }, 90_000);

  it("blind, unanswered: the caller comes back to the agent, never a dead call", async () => {
    const w = await start(["101", "102"]);
    const caller = w.sim.featureServer.placeInbound({
      to: w.numbers[0]!, clock: "real",
      dialTargets: { "101": [{ answerAfterMs: 300, talkMs: 60_000 }, { answerAfterMs: 300, talkMs: 1000 }], "102": { busy: true, rejectAfterMs: 300 } },
    });
    await act(caller, "101", { kind: "transfer", mode: "blind", target: { type: "extension", number: "102" } });
    await caller.ended;
    expect(bridgesOf(caller)).toEqual(["queue:101", "dial:101"]);
    expect(caller.transcript.some((e) => e.kind === "hear" && /Nikt nie odebrał/.test(e.text ?? ""))).toBe(true);
  }, 90_000);

  it("consult: the caller holds (music) while the agent talks to the colleague; completed, the two talk and the agent leaves", async () => {
    const w = await start(["101", "103"]);
    const caller = w.sim.featureServer.placeInbound({
      to: w.numbers[0]!, clock: "real",
      // 103 talks long enough for the consultation to be completed on a busy machine.
      dialTargets: { "101": { answerAfterMs: 300, talkMs: 60_000 }, "103": { answerAfterMs: 500, talkMs: 12_000 } },
    });
    const consult = await act(caller, "101", { kind: "transfer", mode: "consult", target: { type: "extension", number: "103" } });
    expect(consult).toMatchObject({ status: "done", result: { ok: true } });
    await until(() => legTo("103").some((c) => conferenceOf(c).includes("joined:agent")));
    await until(() => conferenceOf(caller).includes("held"));
    // Music on hold from the conference hold's wait_hook.
    await until(() => caller.transcript.some((e) => e.kind === "hear" && e.what === "play" && /hold-music/.test(e.url ?? "")));
    const prisma = w.runtimes[0]!.prisma;
    const { id } = await requestCallAction(prisma, w.tenantId, { callSid: caller.callSid, action: { kind: "completeTransfer" } });
    await until(async () => (await getCallAction(prisma, w.tenantId, id)).status === "done");
    await caller.ended;
    expect(conferenceOf(caller)).toEqual(expect.arrayContaining(["joined:customer", "held", "unheld"]));
    const agent = legTo("101")[0]!;
    expect(conferenceOf(agent)).toEqual(expect.arrayContaining(["joined:agent", "left"]));
    expect(agent.endResult?.reason).toBe("jambonz-hangup");
    // The caller stayed with 103 until 103 hung up, then heard goodbye.
    expect(caller.transcript.filter((e): e is Extract<TranscriptEvent, { kind: "hear" }> => e.kind === "hear").at(-1)?.text).toMatch(/Do widzenia/);
  }, 90_000);

  it("conference escalation and supervisors: a third party joins, a supervisor listens (muted) and another whispers to the agent", async () => {
    const w = await start(["101", "103", "201", "202"]);
    const caller = w.sim.featureServer.placeInbound({
      to: w.numbers[0]!, clock: "real",
      // Talk times leave room for both supervisors to be rung and join on a busy machine.
      dialTargets: { "101": { answerAfterMs: 300, talkMs: 20_000 }, "103": { answerAfterMs: 300, talkMs: 15_000 }, "201": { answerAfterMs: 300, talkMs: 12_000 }, "202": { answerAfterMs: 300, talkMs: 12_000 } },
    });
    expect(await act(caller, "101", { kind: "addParty", target: { type: "extension", number: "103" } })).toMatchObject({ status: "done" });
    const prisma = w.runtimes[0]!.prisma;
    for (const [extension, mode] of [["201", "listen"], ["202", "whisper"]] as const) {
      const { id } = await requestCallAction(prisma, w.tenantId, { callSid: caller.callSid, action: { kind: "supervise", mode, supervisorExtension: extension } });
      await until(async () => (await getCallAction(prisma, w.tenantId, id)).status === "done");
    }
    await caller.ended;
    expect(conferenceOf(legTo("103")[0]!)).toContain("joined:agent");
    expect(conferenceOf(legTo("201")[0]!)).toContain("joined:supervisor:muted");
    expect(conferenceOf(legTo("202")[0]!)).toContain("joined:supervisor:to-agent");
    expect(conferenceOf(legTo("101")[0]!)).toContain("joined:agent");
  }, 150_000);

  it("refuses another tenant's call, and names what is wrong with an action", async () => {
    const w = await start(["101"]);
    const prisma = w.runtimes[0]!.prisma;
    const caller = w.sim.featureServer.placeInbound({ to: w.numbers[0]!, clock: "real", dialTargets: { "101": { answerAfterMs: 300, talkMs: 3000 } } });
    await until(() => bridgesOf(caller).includes("queue:101"));
    const other = await prisma.tenant.create({ data: { name: "Other", sipRealm: `other-${Date.now()}.sip.test` } });
    await expect(requestCallAction(prisma, other.id, { callSid: caller.callSid, action: { kind: "cancelTransfer" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requestCallAction(prisma, w.tenantId, { callSid: caller.callSid, action: { kind: "transfer", mode: "blind", target: { type: "phone", number: "12" } } }))
      .rejects.toMatchObject({ code: "INVALID", details: { field: "target.number" } });
    await expect(requestCallAction(prisma, w.tenantId, { callSid: caller.callSid, action: { kind: "transfer", mode: "blind", target: { type: "extension", number: "999" } } }))
      .rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.callAction.count({ where: { tenantId: other.id } })).toBe(0);
    await caller.ended;
  }, 60_000);

  it("the agent's keypad: *1 102 # during a ring group's call transfers the caller blind to 102", async () => {
    const w = await start(["101", "102"]);
    const number = await w.publishFlow({
      version: 1,
      nodes: [
        { id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} },
        { id: "sales", kind: "ringGroup", position: { x: 0, y: 100 }, data: { extensions: ["101"], strategy: "sequential", ringSeconds: 20, maxRounds: 1, maxWaitSeconds: 60 } },
        { id: "bye", kind: "hangup", position: { x: 0, y: 200 }, data: {} },
      ],
      edges: [{ id: "e1", source: "start", sourcePort: "next", target: "sales" }, { id: "e2", source: "sales", sourcePort: "answered", target: "bye" }, { id: "e3", source: "sales", sourcePort: "noAnswer", target: "bye" }],
    });
    const caller = w.sim.featureServer.placeInbound({
      to: number, clock: "real",
      dialTargets: { "101": { answerAfterMs: 300, talkMs: 20_000, pressDigits: [{ atMs: 1000, digits: "*1102#" }] }, "102": { answerAfterMs: 500, talkMs: 1500 } },
    });
    await caller.ended;
    expect(bridgesOf(caller)).toEqual(["dial:101", "dial:102"]);
    const dial = caller.receivedVerbs.find((v) => v.name === "dial")?.verb as { dtmfCapture?: { childCall?: string[] } };
    expect(dial.dtmfCapture?.childCall).toEqual(expect.arrayContaining(["*1101#", "*1102#"]));
    expect(caller.receivedVerbs.every((v) => v.valid)).toBe(true);
  }, 60_000);
});
