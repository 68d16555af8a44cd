import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hangUpAfter, pressKeysOnGather, type CallerScript, type DialTargetScript } from "@centrala/jambonz-sim";
import { readHeardTexts } from "../testing/readHeardTexts";
import { startTestRuntime } from "../testing/startTestRuntime";
import { publishTestFlow, readFixtureFlow } from "../testing/publishTestFlow";

let now = Date.parse("2026-03-03T09:00:00Z");
let rt: Awaited<ReturnType<typeof startTestRuntime>>;
const flows: Record<string, Awaited<ReturnType<typeof publishTestFlow>>> = {};

beforeAll(async () => {
  rt = await startTestRuntime({ now: () => now });
  for (const name of ["bank-hotline", "clinic", "support-line"]) flows[name] = await publishTestFlow(rt.prisma, readFixtureFlow(name));
});
afterAll(async () => rt?.close());

async function callFlow(name: string, opts: { caller?: CallerScript[]; from?: string; dialTargets?: DialTargetScript } = {}) {
  const sim = rt.createSimulator();
  const call = sim.placeCall({ to: flows[name]!.number, from: opts.from ?? "+48500100200", caller: opts.caller ?? [], dialTargets: opts.dialTargets ?? {} });
  const result = await call.ended;
  // Every verb the runtime sent passed @jambonz/verb-specifications (the simulator checks each one).
  expect(call.receivedVerbs.filter((v) => !v.valid)).toEqual([]);
  await rt.runtime.flushRecords();
  const row = await rt.prisma.call.findUnique({ where: { callSid: call.callSid }, include: { events: { orderBy: { seq: "asc" } } } });
  return { call, result, row, heard: heardBy(call), entered: row?.events.filter((e) => e.type === "nodeEntered").map((e) => e.nodeId) ?? [] };
}
const heardBy = readHeardTexts;

describe("bank hotline", () => {
  it("1 → 2 → 2 walks three menus deep to the operations history", async () => {
    const { heard, entered } = await callFlow("bank-hotline", { caller: [pressKeysOnGather(["1", "2", "2"]), hangUpAfter(120_000)] });
    expect(entered.slice(0, 6)).toEqual(["start", "welcome", "main", "accounts", "accountServices", "history"]);
    expect(heard).toContain("Historię operacji znajdziesz w bankowości internetowej.");
  });

  it("a balance lookup that cannot reach the bank's system takes the error branch to a consultant", async () => {
    const { heard, entered, row } = await callFlow("bank-hotline", { caller: [pressKeysOnGather(["1", "1", "12345678#"]), hangUpAfter(90_000)] });
    expect(entered).toEqual(expect.arrayContaining(["askAccount", "balanceLookup", "lookupFailed", "agent"]));
    expect(heard).toContain("Nie udało się teraz sprawdzić salda. Łączymy z konsultantem.");
    expect(row?.outcome).toBe("abandoned");
  });
});

describe("clinic", () => {
  it("on a Tuesday morning, 1 rings registration until someone answers", async () => {
    now = Date.parse("2026-03-03T09:00:00Z");
    const { call, entered, row } = await callFlow("clinic", {
      caller: [pressKeysOnGather(["1"])],
      dialTargets: { "101": { noAnswer: true }, "102": { busy: true }, "103": { answerAfterMs: 2000, talkMs: 5000 } },
    });
    expect(entered).toEqual(expect.arrayContaining(["hours", "welcome", "registration"]));
    expect(call.transcript.some((e) => e.kind === "bridged" && e.with.startsWith("103@"))).toBe(true);
    expect(row?.outcome).toBe("transferred");
  });

  it("at night the caller hears it is closed and can leave a voicemail", async () => {
    now = Date.parse("2026-03-08T02:00:00Z"); // Sunday 03:00 in Warsaw
    const { heard, entered, row } = await callFlow("clinic");
    expect(heard[0]).toMatch(/^Przychodnia jest teraz zamknięta/);
    expect(entered).toEqual(expect.arrayContaining(["closed", "voicemail", "bye"]));
    expect(row?.outcome).toBe("voicemail");
  });
});

describe("support line", () => {
  it("the caller is told about recording, waits in the queue, overflows to the second line and ends in voicemail", async () => {
    now = Date.parse("2026-03-03T09:00:00Z");
    const { heard, entered, row, call } = await callFlow("support-line", {
      caller: [pressKeysOnGather(["1"])],
      dialTargets: { "301": { noAnswer: true }, "302": { noAnswer: true }, "303": { noAnswer: true } },
    });
    expect(heard[0]).toMatch(/This call is recorded/);
    expect(call.transcript.some((e) => e.kind === "queue" && e.event === "joined" && e.name === "support")).toBe(true);
    expect(heard.some((t) => /caller number 1/.test(t))).toBe(true);
    expect(entered).toEqual(expect.arrayContaining(["consent", "main", "vip", "supportQueue", "secondLine", "voicemail", "bye"]));
    expect(row?.outcome).toBe("voicemail");
  });

  it("a VIP caller skips the queue straight to the second line", async () => {
    const { entered } = await callFlow("support-line", {
      from: "+48600100200", caller: [pressKeysOnGather(["1"])],
      dialTargets: { "301": { answerAfterMs: 1000, talkMs: 2000 } },
    });
    expect(entered).toContain("secondLine");
    expect(entered).not.toContain("supportQueue");
  });
});
