import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VirtualClock } from "@centrala/jambonz-sim";
import { createNodeSimulator } from "@centrala/jambonz-sim/node";
import { createTestSession, forTenant } from "@centrala/db";
import { readHeardTexts } from "../testing/readHeardTexts";
import { startTestRuntime } from "../testing/startTestRuntime";
import { publishTestFlow } from "../testing/publishTestFlow";
import { CLOCK_HEADER, signClockHeader, verifyClockHeader } from "./callClock";

const SECRET = "runtime-test-secret-0123456789";
// The runtime's real clock: Tuesday 3 March 2026, 10:00 in Warsaw (open).
const TUESDAY_MORNING = Date.parse("2026-03-03T09:00:00Z");
const tts = (text: string) => ({ type: "tts", text, language: "en-US" });
const workday = [{ from: "09:00", to: "17:00" }];
const hoursFlow = {
  version: 1,
  nodes: [
    { id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} },
    { id: "hours", kind: "hours", position: { x: 0, y: 100 }, data: { weekly: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: [], sun: [] }, holidays: [{ date: "2026-12-24", endDate: "2026-12-26", name: "Święta", yearly: true }], exceptions: [] } },
    { id: "open", kind: "hangup", position: { x: 0, y: 200 }, data: { prompt: tts("We are open.") } },
    { id: "closed", kind: "hangup", position: { x: 200, y: 200 }, data: { prompt: tts("We are closed.") } },
    { id: "holiday", kind: "hangup", position: { x: 400, y: 200 }, data: { prompt: tts("Merry Christmas.") } },
  ],
  edges: [
    { id: "e1", source: "start", sourcePort: "next", target: "hours" },
    { id: "e2", source: "hours", sourcePort: "open", target: "open" },
    { id: "e3", source: "hours", sourcePort: "closed", target: "closed" },
    { id: "e4", source: "hours", sourcePort: "holiday", target: "holiday" },
  ],
};

let rt: Awaited<ReturnType<typeof startTestRuntime>>;
let flow: Awaited<ReturnType<typeof publishTestFlow>>;
beforeAll(async () => {
  rt = await startTestRuntime({ now: () => TUESDAY_MORNING });
  flow = await publishTestFlow(rt.prisma, hoursFlow, { language: "en-US" });
});
afterAll(async () => rt?.close());

async function callWithHeaders(sipHeaders: Record<string, string>) {
  const call = rt.createSimulator().placeCall({ to: flow.number, sipHeaders });
  await call.ended;
  return readHeardTexts(call);
}

describe("calls run as if at another time", () => {
  it("the clock header signs the instant and the called number", () => {
    const header = signClockHeader("2026-12-24T19:00:00+01:00", "+48221234567", SECRET);
    expect(header).toMatch(/^2026-12-24T19:00:00\+01:00;[0-9a-f]{64}$/);
    expect(verifyClockHeader(header, "+48221234567", SECRET)).toBe(Date.parse("2026-12-24T18:00:00Z"));
    expect(verifyClockHeader(header, "+48229999999", SECRET)).toBeNull();
    expect(verifyClockHeader(header, "+48221234567", "another-secret-0123456789")).toBeNull();
    expect(verifyClockHeader(signClockHeader("Saturday", "+48221234567", SECRET), "+48221234567", SECRET)).toBeNull();
    expect(verifyClockHeader("2026-12-24T19:00:00Z", "+48221234567", SECRET)).toBeNull();
  });

  it("a signed X-Centrala-Clock header takes that time's branch (and a yearly holiday range); a forged one is ignored", async () => {
    expect(await callWithHeaders({})).toEqual(["We are open."]);
    expect(await callWithHeaders({ [CLOCK_HEADER]: signClockHeader("2026-03-07T19:00:00+01:00", flow.number, SECRET) })).toEqual(["We are closed."]);
    expect(await callWithHeaders({ [CLOCK_HEADER]: signClockHeader("2031-12-25T10:00:00+01:00", flow.number, SECRET) })).toEqual(["Merry Christmas."]);
    expect(await callWithHeaders({ [CLOCK_HEADER]: signClockHeader("2026-03-07T19:00:00+01:00", flow.number, "forged-secret-0123456789") })).toEqual(["We are open."]);
  });

  it("a test session with a moment runs the draft at that moment", async () => {
    const session = await createTestSession(forTenant(rt.prisma, flow.tenant.id), { flowId: flow.flow.id, ir: flow.ir, at: new Date("2026-12-24T18:00:00Z") });
    const call = createNodeSimulator({ url: `${rt.url}/test/${session!.token}`, clock: new VirtualClock() }).placeCall({ to: "+48000000000" });
    await call.ended;
    expect(readHeardTexts(call)).toEqual(["Merry Christmas."]);
  });
});
