import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pressKeysOnGather, type SimulatedCall } from "@centrala/jambonz-sim";
import { readHeardTexts } from "../testing/readHeardTexts";
import { startTestRuntime } from "../testing/startTestRuntime";
import { publishTestFlow, readFixtureFlow } from "../testing/publishTestFlow";

const OPEN = Date.parse("2026-03-03T09:00:00Z");
let a: Awaited<ReturnType<typeof startTestRuntime>>;
let b: Awaited<ReturnType<typeof startTestRuntime>>;
let demo: Awaited<ReturnType<typeof publishTestFlow>>;

beforeAll(async () => {
  a = await startTestRuntime({ now: () => OPEN });
  b = await startTestRuntime({ now: () => OPEN });
  demo = await publishTestFlow(a.prisma, readFixtureFlow("demo"));
});
afterAll(async () => {
  await Promise.allSettled([a?.close(), b?.close()]);
});

const heard = readHeardTexts;
const connectionEvents = (call: SimulatedCall) => call.transcript.flatMap((e) => (e.kind === "connection" ? [e.event] : []));

/** Runs `action` once, the first time the caller's menu starts listening for a key. */
function onFirstGather(call: SimulatedCall, action: () => void) {
  let done = false;
  call.on("event", (e) => {
    if (!done && e.kind === "gather-listening") {
      done = true;
      action();
    }
  });
}

describe("reconnects", () => {
  it("a socket dropped mid-menu reconnects, the held key press is delivered, and the call goes on", async () => {
    const sim = b.createSimulator();
    const call = sim.placeCall({ to: demo.number, caller: pressKeysOnGather(["1"]), dialTargets: { "101": { answerAfterMs: 1000, talkMs: 4000 } } });
    onFirstGather(call, () => call.dropConnection());
    const result = await call.ended;
    expect(connectionEvents(call)).toEqual(expect.arrayContaining(["dropped", "reconnected"]));
    expect(call.sentMessages.some((m) => m.type === "session:reconnect")).toBe(true);
    expect(result.answered).toBe(true);
    expect(call.transcript.some((e) => e.kind === "bridged")).toBe(true);
    expect(heard(call).at(-1)).toMatch(/Do widzenia/);
  });

  it("a key press lost with a dropped socket is not a dead call: the menu plays again", async () => {
    const sim = b.createSimulator();
    const call = sim.placeCall({ to: demo.number, caller: pressKeysOnGather(["3", "1"]), dialTargets: { "101": { answerAfterMs: 1000, talkMs: 4000 } } });
    let dropped = false;
    call.on("event", (e) => {
      if (!dropped && e.kind === "sent" && e.hook === "/n/main-menu/gather") {
        dropped = true;
        call.dropConnection();
      }
    });
    const result = await call.ended;
    expect(dropped).toBe(true);
    expect(result.answered).toBe(true);
    expect(call.transcript.some((e) => e.kind === "bridged")).toBe(true);
    expect(heard(call).filter((t) => /naciśnij 1/.test(t)).length).toBeGreaterThanOrEqual(2);
  });

  it("when a runtime instance dies mid-call, the reconnect lands on another and the call continues", async () => {
    const sim = a.createSimulator();
    const call = sim.placeCall({ to: demo.number, caller: pressKeysOnGather(["1"]), dialTargets: { "101": { answerAfterMs: 1000, talkMs: 4000 } } });
    let closingA: Promise<void> = Promise.resolve();
    onFirstGather(call, () => {
      call.reconnectTo(b.url);
      closingA = a.runtime.close();
    });
    const result = await call.ended;
    expect(connectionEvents(call)).toContain("reconnected");
    expect(result.answered).toBe(true);
    expect(heard(call).at(-1)).toMatch(/Do widzenia/);
    expect(call.receivedVerbs.every((v) => v.valid)).toBe(true);

    await closingA; // the dying instance writes what it buffered on its way out
    await b.runtime.flushRecords();
    const row = await b.prisma.call.findUnique({ where: { callSid: call.callSid }, include: { events: { orderBy: { seq: "asc" } } } });
    expect(row?.outcome).toBe("transferred");
    const path = row!.events.map((e) => `${e.type}:${e.nodeId}`);
    // Written by the first instance before it died, then by the second: one unbroken trace.
    expect(path).toEqual(expect.arrayContaining(["nodeEntered:main-menu", "keyPressed:main-menu", "nodeEntered:sales", "nodeEntered:goodbye"]));
    expect(row!.events.map((e) => e.seq)).toEqual(row!.events.map((_, i) => i));
  });
});
