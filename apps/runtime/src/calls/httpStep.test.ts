import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RealClock } from "@centrala/jambonz-sim";
import { createNodeSimulator } from "@centrala/jambonz-sim/node";
import { readHeardTexts } from "../testing/readHeardTexts";
import { startTestRuntime } from "../testing/startTestRuntime";
import { publishTestFlow } from "../testing/publishTestFlow";

const tts = (text: string) => ({ type: "tts", text, language: "en-US" });
function balanceFlow(url: string, extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} },
      { id: "ask", kind: "http", position: { x: 0, y: 100 }, data: { url, method: "POST", body: '{"caller": "{{caller}}"}', timeoutMs: 5000, responseMap: [{ path: "balance", variable: "balance" }], ...extra } },
      { id: "ok", kind: "hangup", position: { x: 0, y: 200 }, data: { prompt: tts("Your balance is {{balance}}.") } },
      { id: "bad", kind: "hangup", position: { x: 200, y: 200 }, data: { prompt: tts("The service is unavailable.") } },
    ],
    edges: [
      { id: "e1", source: "start", sourcePort: "next", target: "ask" },
      { id: "e2", source: "ask", sourcePort: "success", target: "ok" },
      { id: "e3", source: "ask", sourcePort: "error", target: "bad" },
    ],
  };
}

let server: http.Server;
let base: string;
const seen: string[] = [];
let guarded: Awaited<ReturnType<typeof startTestRuntime>>;
let open: Awaited<ReturnType<typeof startTestRuntime>>;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => { body += c; });
    req.on("end", () => {
      seen.push(`${req.method} ${req.url} ${body}`);
      if (req.url === "/to-metadata") return void res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
      const delay = req.url === "/slow" ? 1500 : 0;
      setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end('{"balance": 42}'), delay);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // One runtime as shipped (no internal network allowed), one whose operator allows loopback.
  guarded = await startTestRuntime({ env: { OUTBOUND_ALLOW_NETWORKS: "" } });
  open = await startTestRuntime({ env: { HTTP_WAIT_MESSAGE_AFTER_MS: "300" } });
});
afterAll(async () => {
  await Promise.allSettled([guarded?.close(), open?.close()]);
  await new Promise((resolve) => server?.close(resolve));
});

async function call(rt: typeof guarded, url: string) {
  const flow = await publishTestFlow(rt.prisma, balanceFlow(url), { language: "en-US" });
  const placed = createNodeSimulator({ url: rt.url, auth: rt.auth, clock: new RealClock() }).placeCall({ to: flow.number, from: "+48500100200" });
  await placed.ended;
  return placed;
}

describe("the HTTP step", () => {
  it("refuses an internal address unless the operator allows it, and takes the error exit", async () => {
    seen.length = 0;
    expect(readHeardTexts(await call(guarded, `${base}/fast`))).toEqual(["The service is unavailable."]);
    expect(seen).toEqual([]);
    expect(readHeardTexts(await call(open, `${base}/fast`))).toEqual(["Your balance is 42."]);
    expect(seen).toEqual(['POST /fast {"caller":"+48500100200"}']);
  });

  it("does not follow a redirect to an internal address (cloud metadata)", async () => {
    expect(readHeardTexts(await call(open, `${base}/to-metadata`))).toEqual(["The service is unavailable."]);
  });

  it("while a slow service answers, the caller hears “one moment”, then the flow goes on (queued behind it)", async () => {
    const placed = await call(open, `${base}/slow`);
    expect(readHeardTexts(placed)).toEqual(["One moment, please.", "Your balance is 42."]);
    const fromApp = placed.transcript.flatMap((e) => (e.kind === "app-message" ? [JSON.parse(e.raw) as { type: string; queueCommand?: boolean }] : []));
    expect(fromApp.map((m) => [m.type, m.queueCommand])).toEqual([["ack", undefined], ["command", true]]);
    expect(placed.receivedVerbs.every((v) => v.valid)).toBe(true);
  });
});
