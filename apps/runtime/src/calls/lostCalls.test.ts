import { randomUUID } from "node:crypto";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime } from "../testing/startTestRuntime";
import { publishTestFlow, readFixtureFlow } from "../testing/publishTestFlow";

const OPEN = Date.parse("2026-03-03T09:00:00Z");
let rt: Awaited<ReturnType<typeof startTestRuntime>>;
let demo: Awaited<ReturnType<typeof publishTestFlow>>;
beforeAll(async () => {
  rt = await startTestRuntime({ now: () => OPEN, env: { CALL_REAP_GRACE_MS: "1000" } });
  demo = await publishTestFlow(rt.prisma, readFixtureFlow("demo"));
});
afterAll(async () => rt?.close());

/** A call whose socket drops for good after its first answer (jambonz gave up reconnecting). */
async function abandonAfterFirstAnswer(): Promise<{ callSid: string; droppedAt: number }> {
  const ws = new WebSocket(rt.url, ["ws.jambonz.org"], { headers: { authorization: `Basic ${Buffer.from(`${rt.auth.username}:${rt.auth.password}`).toString("base64")}` } });
  await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
  const callSid = randomUUID();
  const answered = new Promise((resolve) => ws.once("message", resolve));
  ws.send(JSON.stringify({ type: "session:new", msgid: randomUUID(), call_sid: callSid, data: { call_sid: callSid, from: "+48500100200", to: demo.number, direction: "inbound", call_status: "trying", sip_status: 100 } }));
  await answered;
  await new Promise((r) => setTimeout(r, 100)); // the answer's state is saved
  const droppedAt = Date.now();
  ws.terminate();
  return { callSid, droppedAt };
}

describe("calls whose socket closed for good", () => {
  it("are closed by the reaper after the grace period: outcome lost, ended when last heard, live state removed, counted", async () => {
    const calls = await Promise.all(Array.from({ length: 5 }, abandonAfterFirstAnswer));
    await rt.runtime.flushRecords();
    expect(await rt.prisma.call.count({ where: { callSid: { in: calls.map((c) => c.callSid) }, endedAt: null } })).toBe(5);
    await new Promise((r) => setTimeout(r, 1500));
    await rt.runtime.reapLostCalls();
    const rows = await rt.prisma.call.findMany({ where: { callSid: { in: calls.map((c) => c.callSid) } } });
    expect(rows.map((r) => r.outcome)).toEqual(Array(5).fill("lost"));
    for (const row of rows) {
      const dropped = calls.find((c) => c.callSid === row.callSid)!.droppedAt;
      expect(Math.abs(row.endedAt!.getTime() - dropped)).toBeLessThan(1000);
    }
    expect(await rt.prisma.callState.count({ where: { callSid: { in: calls.map((c) => c.callSid) } } })).toBe(0);
    const metrics = await (await fetch(`${rt.runtime.url}/metrics`)).text();
    expect(metrics).toMatch(/^centrala_calls_lost_total [5-9]/m);
  });
});
