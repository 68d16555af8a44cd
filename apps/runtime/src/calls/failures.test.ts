import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RealClock } from "@centrala/jambonz-sim";
import { createNodeSimulator } from "@centrala/jambonz-sim/node";
import { readDatabaseUrl } from "@centrala/db";
import { readHeardTexts } from "../testing/readHeardTexts";
import { startTestRuntime, TEST_AUTH } from "../testing/startTestRuntime";
import { publishTestFlow, readFixtureFlow } from "../testing/publishTestFlow";

let rt: Awaited<ReturnType<typeof startTestRuntime>>;
let slow: http.Server;
let slowUrl: string;
beforeAll(async () => {
  rt = await startTestRuntime();
  // A webhook that never answers in time.
  slow = http.createServer((_req, res) => setTimeout(() => res.end("{}"), 5000));
  await new Promise<void>((r) => slow.listen(0, "127.0.0.1", r));
  slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/lookup`;
});
afterAll(async () => {
  slow?.closeAllConnections();
  slow?.close();
  await rt?.close();
});

const heard = readHeardTexts;

function httpFlow(url: string) {
  const tts = (text: string) => ({ type: "tts", text, language: "en-US" });
  return {
    version: 1,
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} },
      { id: "lookup", kind: "http", position: { x: 0, y: 100 }, data: { url, method: "GET", headers: {}, timeoutMs: 300, responseMap: [] } },
      { id: "ok", kind: "hangup", position: { x: 0, y: 200 }, data: { prompt: tts("Lookup worked.") } },
      { id: "failed", kind: "hangup", position: { x: 200, y: 200 }, data: { prompt: tts("Our system is slow today.") } },
    ],
    edges: [
      { id: "e1", source: "start", sourcePort: "next", target: "lookup" },
      { id: "e2", source: "lookup", sourcePort: "success", target: "ok" },
      { id: "e3", source: "lookup", sourcePort: "error", target: "failed" },
    ],
  };
}

describe("when something fails", () => {
  it("a webhook that times out takes the node's error branch", async () => {
    const flow = await publishTestFlow(rt.prisma, httpFlow(slowUrl));
    const call = rt.createSimulator().placeCall({ to: flow.number });
    await call.ended;
    expect(heard(call)).toEqual(["Our system is slow today."]);
  });

  it("a broken published version gets an apology and the tenant's fallback number, never silence", async () => {
    const flow = await publishTestFlow(rt.prisma, readFixtureFlow("demo"), { fallbackNumber: "+48221112233", language: "en-US" });
    await rt.prisma.flowVersion.update({ where: { id: flow.version.id }, data: { ir: { version: 99, start: "nowhere", nodes: {} } } });
    const call = rt.createSimulator()
      .placeCall({ to: flow.number, dialTargets: { "+48221112233": { answerAfterMs: 1000, talkMs: 2000 } } });
    const result = await call.ended;
    expect(heard(call)).toEqual(["We are sorry, we have a technical problem.", "Connecting you to a member of our team."]);
    expect(call.transcript.some((e) => e.kind === "bridged" && e.with === "+48221112233")).toBe(true);
    expect(result.reason).toBe("jambonz-hangup");
  });

  it("SIGTERM drains the call records of calls in progress before the process exits", async () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
    const flow = await publishTestFlow(rt.prisma, readFixtureFlow("demo"));
    const port = 30000 + Math.floor(Math.random() * 20000);
    // Node itself, as npm start runs the runtime: no wrapper process between the signal and the runtime.
    const child = spawn(process.execPath, ["--import", "tsx", "apps/runtime/src/main.ts"], {
      cwd: root, stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, DATABASE_URL: readDatabaseUrl(), RUNTIME_PORT: String(port), JAMBONZ_WS_PASSWORD: TEST_AUTH.password, RUNTIME_SECRET: "sigterm-test-secret-0123", LOG_LEVEL: "warn" },
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    for (let i = 0; i < 300; i++) {
      if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // Real time: a freshly started process answers its first call in well under jambonz's 5 s, but
    // not always within the second of real time a virtual clock's 5 s take on a busy machine.
    const sim = createNodeSimulator({ url: `ws://127.0.0.1:${port}/jambonz#rc=1`, auth: TEST_AUTH, clock: new RealClock() });
    const call = sim.placeCall({ to: flow.number });
    // The demo flow first checks business hours (real time here), so wait for whatever it says first.
    await new Promise<void>((resolve) => call.on("event", (e) => { if (e.kind === "hear") resolve(); }));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const row = await rt.prisma.call.findUnique({ where: { callSid: call.callSid }, include: { events: true } });
    expect(row?.tenantId).toBe(flow.tenant.id);
    expect(row?.events.map((e) => `${e.type}:${e.nodeId}`)).toEqual(expect.arrayContaining(["nodeEntered:start", "nodeEntered:hours"]));
    call.hangUp();
  });
});
