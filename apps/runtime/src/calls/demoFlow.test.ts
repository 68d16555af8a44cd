import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pressKeysOnGather } from "@centrala/jambonz-sim";
import { readHeardTexts } from "../testing/readHeardTexts";
import { startTestRuntime } from "../testing/startTestRuntime";
import { publishTestFlow, readFixtureFlow } from "../testing/publishTestFlow";

// Tuesday 2026-03-03 10:00 in Warsaw: the demo office is open.
const OPEN = Date.parse("2026-03-03T09:00:00Z");
let rt: Awaited<ReturnType<typeof startTestRuntime>>;
let demo: Awaited<ReturnType<typeof publishTestFlow>>;

beforeAll(async () => {
  rt = await startTestRuntime({ now: () => OPEN });
  demo = await publishTestFlow(rt.prisma, readFixtureFlow("demo"));
});
afterAll(async () => rt?.close());

const heard = readHeardTexts;

describe("the demo flow over a real WebSocket", () => {
  it("pressing 1 rings sales one after another until Piotr answers, then says goodbye", async () => {
    const sim = rt.createSimulator();
    const call = sim.placeCall({
      from: "+48500100200", to: demo.number, caller: pressKeysOnGather(["1"]),
      dialTargets: { "101": { noAnswer: true }, "102": { answerAfterMs: 2000, talkMs: 15_000 } },
    });
    const result = await call.ended;
    expect(result.answered).toBe(true);
    expect(heard(call)[0]).toMatch(/naciśnij 1/);
    expect(heard(call).at(-1)).toMatch(/Do widzenia/);
    const dialed = call.transcript.flatMap((e) => (e.kind === "dial-target" ? [`${e.target}:${e.status}`] : []));
    expect(dialed.some((d) => d.startsWith("101@") && d.endsWith("no-answer"))).toBe(true);
    expect(dialed.some((d) => d.startsWith("102@"))).toBe(true);
    expect(call.receivedVerbs.every((v) => v.valid)).toBe(true);

    await rt.runtime.flushRecords();
    const row = await rt.prisma.call.findUnique({ where: { callSid: call.callSid }, include: { events: { orderBy: { seq: "asc" } } } });
    expect(row).toMatchObject({ tenantId: demo.tenant.id, fromNumber: "+48500100200", toNumber: demo.number, outcome: "transferred" });
    const path = row!.events.map((e) => `${e.type}:${e.nodeId ?? ""}`);
    expect(path).toEqual(expect.arrayContaining(["nodeEntered:hours", "nodeEntered:main-menu", "keyPressed:main-menu", "nodeEntered:sales", "nodeEntered:goodbye"]));
  });
});
