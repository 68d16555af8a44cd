import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VirtualClock } from "@centrala/jambonz-sim";
import { createNodeSimulator } from "@centrala/jambonz-sim/node";
import { compileFlow, parseFlowDocument } from "@centrala/flow";
import { createTestSession, forTenant } from "@centrala/db";
import { readHeardTexts } from "../testing/readHeardTexts";
import { startTestRuntime } from "../testing/startTestRuntime";
import { publishTestFlow } from "../testing/publishTestFlow";

function greeting(text: string) {
  return {
    version: 1,
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} },
      { id: "hello", kind: "hangup", position: { x: 0, y: 100 }, data: { prompt: { type: "tts", text, language: "en-US" } } },
    ],
    edges: [{ id: "e1", source: "start", sourcePort: "next", target: "hello" }],
  };
}
function compile(doc: unknown) {
  const parsed = parseFlowDocument(doc);
  if (!parsed.ok) throw new Error("bad");
  const compiled = compileFlow(parsed.document);
  if (!compiled.ok) throw new Error("bad");
  return compiled.ir;
}

let rt: Awaited<ReturnType<typeof startTestRuntime>>;
let a: Awaited<ReturnType<typeof publishTestFlow>>;
let b: Awaited<ReturnType<typeof publishTestFlow>>;
beforeAll(async () => {
  rt = await startTestRuntime();
  a = await publishTestFlow(rt.prisma, greeting("Published greeting of A."));
  b = await publishTestFlow(rt.prisma, greeting("Published greeting of B."));
});
afterAll(async () => rt?.close());

const heard = readHeardTexts;

/** The browser sends no Basic auth: only the token in the path. */
function callWithToken(token: string) {
  return createNodeSimulator({ url: `${rt.url}/test/${token}`, clock: new VirtualClock() }).placeCall({ to: "+48000000000" });
}

describe("test calls of drafts", () => {
  it("run the draft compiled into the session, without runtime credentials, and are logged as tests", async () => {
    const session = await createTestSession(forTenant(rt.prisma, a.tenant.id), { flowId: a.flow.id, ir: compile(greeting("Draft greeting of A.")) });
    const call = callWithToken(session!.token);
    await call.ended;
    expect(heard(call)).toEqual(["Draft greeting of A."]);
    await rt.runtime.flushRecords();
    const row = await rt.prisma.call.findUnique({ where: { callSid: call.callSid } });
    expect(row).toMatchObject({ tenantId: a.tenant.id, flowId: a.flow.id, isTest: true, flowVersionId: null });
  });

  it("an expired token hears that it expired; a made-up one cannot even connect", async () => {
    const session = await createTestSession(forTenant(rt.prisma, a.tenant.id), {
      flowId: a.flow.id, ir: compile(greeting("Never heard.")), ttlMs: 60_000, now: new Date(Date.now() - 120_000),
    });
    const expired = callWithToken(session!.token);
    await expired.ended;
    expect(heard(expired)).toEqual(["This test call has expired. Start a new one from the editor."]);
    const madeUp = callWithToken("x".repeat(43));
    const result = await madeUp.ended;
    expect(heard(madeUp)).toEqual([]);
    expect(result.reason).toBe("rejected");
  });

  it("a tenant cannot open a test session on another tenant's flow", async () => {
    expect(await createTestSession(forTenant(rt.prisma, b.tenant.id), { flowId: a.flow.id, ir: compile(greeting("Hijack.")) })).toBeNull();
  });
});
