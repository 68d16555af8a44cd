import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pressKeysOnGather, VirtualClock, type SimulatedCall } from "@centrala/jambonz-sim";
import { createNodeSimulator } from "@centrala/jambonz-sim/node";
import { compileFlow, looksLikeCardNumber, parseFlowDocument } from "@centrala/flow";
import { createTestSession, forTenant, getCallTrace } from "@centrala/db";
import { readHeardTexts } from "../testing/readHeardTexts";
import { startTestRuntime } from "../testing/startTestRuntime";
import { publishTestFlow } from "../testing/publishTestFlow";

/** A Visa-like card number that passes the Luhn check, new for each run (so nothing left by another run can match it). */
function makeCardNumber(): string {
  const body = `4${Array.from({ length: 14 }, () => Math.floor(Math.random() * 10)).join("")}`;
  for (let check = 0; check < 10; check++) if (looksLikeCardNumber(`${body}${check}`)) return `${body}${check}`;
  throw new Error("no check digit");
}
const CARD = makeCardNumber();
const LAST4 = CARD.slice(-4);
const tts = (text: string) => ({ type: "tts", text, language: "en-US" });

/** Card number (sensitive) -> Visa? -> charge it over plain http (masked) -> confirm -> bye. */
function paymentFlow(chargeUrl: string) {
  return {
    version: 1,
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} },
      { id: "card", kind: "collect", position: { x: 0, y: 100 }, data: { prompt: tts("Card number, then hash."), variable: "card", minDigits: 12, maxDigits: 19, finishOnKey: "#", sensitive: true } },
      { id: "visa", kind: "condition", position: { x: 0, y: 200 }, data: { rules: [{ id: "v", tests: [{ left: { var: "card" }, op: "startsWith", right: { value: "4" } }] }] } },
      { id: "charge", kind: "http", position: { x: 0, y: 300 }, data: { url: chargeUrl, method: "POST", body: '{"card": "{{card}}"}' } },
      { id: "confirm", kind: "menu", position: { x: 0, y: 400 }, data: { prompt: tts("Card {{card}}. Press 1 to pay."), keys: ["1"] } },
      { id: "bye", kind: "hangup", position: { x: 0, y: 500 }, data: { prompt: tts("Thank you.") } },
      { id: "other", kind: "hangup", position: { x: 200, y: 300 }, data: { prompt: tts("Visa only.") } },
    ],
    edges: [
      { id: "e1", source: "start", sourcePort: "next", target: "card" },
      { id: "e2", source: "card", sourcePort: "next", target: "visa" },
      { id: "e3", source: "card", sourcePort: "failed", target: "other" },
      { id: "e4", source: "visa", sourcePort: "rule:v", target: "charge" },
      { id: "e5", source: "visa", sourcePort: "else", target: "other" },
      { id: "e6", source: "charge", sourcePort: "success", target: "confirm" },
      { id: "e7", source: "charge", sourcePort: "error", target: "confirm" },
      { id: "e8", source: "confirm", sourcePort: "key:1", target: "bye" },
      { id: "e9", source: "confirm", sourcePort: "noInput", target: "bye" },
      { id: "e10", source: "confirm", sourcePort: "invalid", target: "bye" },
    ],
  };
}

let logs = "";
const logSink = new Writable({ write(chunk, _encoding, done) { logs += chunk.toString(); done(); } });
let rt: Awaited<ReturnType<typeof startTestRuntime>>;
let flow: Awaited<ReturnType<typeof publishTestFlow>>;
const charged: string[] = [];
let chargeServer: http.Server;

beforeAll(async () => {
  chargeServer = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => { body += c; });
    req.on("end", () => { charged.push(body); res.writeHead(200, { "content-type": "application/json" }).end("{}"); });
  });
  await new Promise<void>((resolve) => chargeServer.listen(0, "127.0.0.1", resolve));
  const chargeUrl = `http://127.0.0.1:${(chargeServer.address() as AddressInfo).port}/charge`;
  rt = await startTestRuntime({ logLevel: "trace", logTo: logSink, env: { OUTBOUND_ALLOW_NETWORKS: "127.0.0.1/32" } });
  flow = await publishTestFlow(rt.prisma, paymentFlow(chargeUrl), { language: "en-US" });
});
afterAll(async () => {
  await rt?.close();
  await new Promise((resolve) => chargeServer?.close(resolve));
});

/** Rows of every table in the database whose text contains `needle`, by table. */
async function findInDatabase(needle: string): Promise<Record<string, number>> {
  const tables = await rt.prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await rt.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${name}" t WHERE t::text LIKE $1`, `%${needle}%`);
    if (row && row.n > 0) found[name] = row.n;
  }
  return found;
}

/** Pays with the card; checks the stored call state while the caller is at the confirmation menu. */
async function payByCard(call: SimulatedCall): Promise<Record<string, number>> {
  let atMenu: Promise<Record<string, number>> | null = null;
  call.on("event", (e) => {
    if (e.kind === "gather-listening" && !atMenu && readHeardTexts(call).some((t) => t.startsWith("Card ••••"))) atMenu = findInDatabase(CARD);
  });
  await call.ended;
  return (await atMenu) ?? { "(never reached the menu)": 1 };
}

describe("a card number typed into a sensitive step", () => {
  it("is used by the flow, yet stored, logged and shown nowhere: database, logs, trace, call state, request over http", async () => {
    const sim = rt.createSimulator();
    const call = sim.placeCall({ to: flow.number, caller: pressKeysOnGather([`${CARD}#`, "1"], { afterMs: 200, gapMs: 20 }) });
    const duringCall = await payByCard(call);
    await rt.runtime.flushRecords();

    expect(readHeardTexts(call)).toEqual(["Card number, then hash.", `Card ••••${LAST4}. Press 1 to pay.`, "Thank you."]);
    expect(duringCall).toEqual({});
    expect(await findInDatabase(CARD)).toEqual({});
    expect(charged).toEqual([`{"card":"••••${LAST4}"}`]);
    const trace = await getCallTrace(forTenant(rt.prisma, flow.tenant.id), call.callSid);
    expect(trace?.events.find((e) => e.type === "keyPressed")?.data).toEqual({ digits: `••••${LAST4}` });
    expect(JSON.stringify(trace)).not.toContain(CARD);
    expect(logs).toContain(call.callSid);
    expect(logs).not.toContain(CARD);
  });

  it("is kept out of storage in a test call from the editor too", async () => {
    const parsed = parseFlowDocument(paymentFlow("http://127.0.0.1:9/unused"));
    if (!parsed.ok) throw new Error("bad flow");
    const compiled = compileFlow(parsed.document);
    if (!compiled.ok) throw new Error("bad flow");
    const session = await createTestSession(forTenant(rt.prisma, flow.tenant.id), { flowId: flow.flow.id, ir: compiled.ir });
    const call = createNodeSimulator({ url: `${rt.url}/test/${session!.token}`, clock: new VirtualClock() })
      .placeCall({ to: "+48000000000", caller: pressKeysOnGather([`${CARD}#`, "1"], { afterMs: 200, gapMs: 20 }) });
    const duringCall = await payByCard(call);
    await rt.runtime.flushRecords();
    expect(readHeardTexts(call).at(-1)).toBe("Thank you.");
    expect(duringCall).toEqual({});
    expect(await findInDatabase(CARD)).toEqual({});
    expect(logs).not.toContain(CARD);
  });
});
