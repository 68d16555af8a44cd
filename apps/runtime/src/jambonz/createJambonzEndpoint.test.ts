import { randomUUID } from "node:crypto";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pressKeysOnGather } from "@centrala/jambonz-sim";
import { createTestSession, forTenant } from "@centrala/db";
import { signAudioGrant } from "../audio/audioToken";
import { readHeardTexts } from "../testing/readHeardTexts";
import { startTestRuntime } from "../testing/startTestRuntime";
import { publishTestFlow, readFixtureFlow } from "../testing/publishTestFlow";
import { JAMBONZ_MAX_PAYLOAD } from "./createJambonzEndpoint";

const OPEN = Date.parse("2026-03-03T09:00:00Z");
let rt: Awaited<ReturnType<typeof startTestRuntime>>;
let demo: Awaited<ReturnType<typeof publishTestFlow>>;
beforeAll(async () => {
  rt = await startTestRuntime({ now: () => OPEN });
  demo = await publishTestFlow(rt.prisma, readFixtureFlow("demo"));
});
afterAll(async () => rt?.close());

const basic = (auth = rt.auth) => ({ authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}` });

/** Opens a WebSocket; resolves with the open socket, or with the HTTP status the upgrade was refused with. */
function connect(url: string, headers: Record<string, string> = {}): Promise<{ ws?: WebSocket; status?: number; messages: Record<string, unknown>[] }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, ["ws.jambonz.org"], { headers });
    const messages: Record<string, unknown>[] = [];
    ws.on("message", (d) => messages.push(JSON.parse(d.toString()) as Record<string, unknown>));
    ws.once("open", () => resolve({ ws, messages }));
    ws.once("unexpected-response", (_req, res) => resolve({ status: res.statusCode, messages }));
    ws.once("error", reject);
  });
}

const closed = (ws: WebSocket) => new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));
const sessionNew = (to: string, callSid: string = randomUUID()) => ({
  type: "session:new", msgid: randomUUID(), call_sid: callSid,
  data: { call_sid: callSid, from: "+48500100200", to, direction: "inbound", call_status: "trying", sip_status: 100 },
});

describe("every WebSocket is checked before the upgrade", () => {
  it("refuses jambonz's path without its credentials, and any path it does not serve", async () => {
    expect((await connect(rt.url)).status).toBe(401);
    expect((await connect(rt.url, basic({ username: "jambonz", password: "wrong-password-1" }))).status).toBe(401);
    expect((await connect(rt.url.replace("/jambonz", "/elsewhere"), basic())).status).toBe(404);
    expect((await connect(`${rt.url}/adulting`, basic())).status).toBe(404);
  });

  it("lets a test call in only with the token of a stored test session", async () => {
    expect((await connect(`${rt.url}/test/${"x".repeat(43)}`)).status).toBe(401);
    expect((await connect(`${rt.url}/test/short`)).status).toBe(401);
    const session = await createTestSession(forTenant(rt.prisma, demo.tenant.id), { flowId: demo.flow.id, ir: demo.ir });
    const known = await connect(`${rt.url}/test/${session!.token}`);
    expect(known.ws?.readyState).toBe(WebSocket.OPEN);
    known.ws!.close();
  });

  it("lets a call's audio stream in only with a grant the runtime signed", async () => {
    const audioUrl = rt.url.replace("/jambonz", "/audio");
    expect((await connect(`${audioUrl}?grant=forged.grant`)).status).toBe(401);
    expect((await connect(audioUrl)).status).toBe(401);
    const grant = signAudioGrant({ tenantId: demo.tenant.id, callId: randomUUID(), callSid: randomUUID() }, "runtime-test-secret-0123456789");
    const ok = await new Promise<boolean>((resolve) => {
      const ws = new WebSocket(`${audioUrl}?grant=${grant}`, ["audio.drachtio.org"]);
      ws.once("open", () => { ws.close(); resolve(true); });
      ws.once("unexpected-response", () => resolve(false));
    });
    expect(ok).toBe(true);
  });
});

describe("what comes in is capped", () => {
  it("closes a socket that sends a message larger than jambonz ever sends (1009), and other calls go on", async () => {
    const call = rt.createSimulator().placeCall({ to: demo.number, caller: pressKeysOnGather(["1"]), dialTargets: { "101": { answerAfterMs: 500, talkMs: 1000 } } });
    const { ws } = await connect(rt.url, basic());
    const code = closed(ws!);
    ws!.send("x".repeat(JAMBONZ_MAX_PAYLOAD + 1));
    expect(await code).toBe(1009);
    await call.ended;
    expect(readHeardTexts(call).at(-1)).toMatch(/Do widzenia/);
  });

  it("refuses a call_sid that is not a call id, and a repeated session:new for a call in progress", async () => {
    const huge = await connect(rt.url, basic());
    const hugeClosed = closed(huge.ws!);
    huge.ws!.send(JSON.stringify(sessionNew(demo.number, "a".repeat(1000))));
    expect(await hugeClosed).toBe(1008);

    const first = await connect(rt.url, basic());
    const hello = sessionNew(demo.number);
    first.ws!.send(JSON.stringify(hello));
    const deadline = Date.now() + 5000;
    while (!first.messages.some((m) => m.msgid === hello.msgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const again = await connect(rt.url, basic());
    const againClosed = closed(again.ws!);
    again.ws!.send(JSON.stringify({ ...hello, msgid: randomUUID() }));
    expect(await againClosed).toBe(1008);
    expect(first.ws!.readyState).toBe(WebSocket.OPEN);
    first.ws!.close();
  });
});
