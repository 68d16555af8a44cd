import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileFlow, parseFlowDocument } from "@centrala/flow";
import { forTenant, publishFlowVersion } from "@centrala/db";
import { startTestRuntime } from "../testing/startTestRuntime";
import { publishTestFlow } from "../testing/publishTestFlow";

function greetingFlow(text: string) {
  return {
    version: 1,
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} },
      { id: "hello", kind: "play", position: { x: 0, y: 100 }, data: { prompt: { type: "tts", text, language: "en-US" }, repeat: 1 } },
      { id: "bye", kind: "hangup", position: { x: 0, y: 200 }, data: {} },
    ],
    edges: [
      { id: "e1", source: "start", sourcePort: "next", target: "hello" },
      { id: "e2", source: "hello", sourcePort: "next", target: "bye" },
    ],
  };
}

let a: Awaited<ReturnType<typeof startTestRuntime>>;
let b: Awaited<ReturnType<typeof startTestRuntime>>;
beforeAll(async () => {
  a = await startTestRuntime();
  b = await startTestRuntime();
});
afterAll(async () => Promise.allSettled([a?.close(), b?.close()]));

async function hearGreeting(rt: typeof a, to: string) {
  const call = rt.createSimulator().placeCall({ to });
  await call.ended;
  return call.transcript.flatMap((e) => (e.kind === "hear" && e.text ? [e.text] : []))[0];
}

describe("publishing", () => {
  it("a new version answers the next call on every runtime instance within a second", async () => {
    const flow = await publishTestFlow(a.prisma, greetingFlow("Version one."));
    expect(await hearGreeting(a, flow.number)).toBe("Version one.");
    expect(await hearGreeting(b, flow.number)).toBe("Version one."); // both instances now cache it

    const doc = parseFlowDocument(greetingFlow("Version two."));
    if (!doc.ok) throw new Error("bad fixture");
    const compiled = compileFlow(doc.document);
    if (!compiled.ok) throw new Error("bad fixture");
    const publishedAt = Date.now();
    await publishFlowVersion(forTenant(a.prisma, flow.tenant.id), flow.flow.id, { source: doc.document, ir: compiled.ir });

    for (const rt of [a, b]) {
      let greeting = "";
      while (greeting !== "Version two." && Date.now() - publishedAt < 1000) greeting = (await hearGreeting(rt, flow.number)) ?? "";
      expect(greeting).toBe("Version two.");
    }
    expect(Date.now() - publishedAt).toBeLessThan(1000);
  });
});

describe("operations endpoints", () => {
  it("answers /healthz, /readyz and exposes Prometheus metrics", async () => {
    expect((await fetch(`${a.runtime.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${a.runtime.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
    const metrics = await (await fetch(`${a.runtime.url}/metrics`)).text();
    expect(metrics).toMatch(/^centrala_active_calls \d+$/m);
    expect(metrics).toMatch(/centrala_hook_to_ack_seconds_count\{type="session:new"\} [1-9]/);
    expect(metrics).toMatch(/centrala_calls_total\{kind="inbound"\} [1-9]/);
  });
});
