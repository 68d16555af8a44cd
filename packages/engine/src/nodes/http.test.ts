import { describe, expect, it } from "vitest";
import type { HttpEffect } from "../effects/effect";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

type HttpData = Parameters<typeof sketchNode<"http">>[2];

function buildHttpFlow(data: Partial<HttpData> = {}) {
  return compileTestFlow(
    [
      sketchNode("start", "start", {}),
      sketchNode("lookup", "http", {
        url: "https://crm.example.com/customers?phone={{caller}}",
        method: "GET",
        headers: { "X-Caller": "{{caller}}" },
        timeoutMs: 2000,
        responseMap: [{ path: "customer.name", variable: "name" }, { path: "orders.0.id", variable: "order" }],
        ...data,
      }),
      sketchNode("known", "play", { prompt: say("Witaj {{name}}, zamówienie {{order}}, status {{http_status}}.") }),
      sketchNode("unknown", "play", { prompt: say("Błąd {{http_status}}.") }),
    ],
    [["start", "next", "lookup"], ["lookup", "success", "known"], ["lookup", "error", "unknown"]],
  );
}

function startLookup(data: Partial<HttpData> = {}): { call: ScriptedCall; request: HttpEffect } {
  const call = new ScriptedCall(buildHttpFlow(data), { from: "+48601100200", callSid: "c1" });
  const request = call.start().effects.find((effect): effect is HttpEffect => effect.type === "http");
  if (!request) throw new Error("no http effect");
  return { call, request };
}

describe("http", () => {
  it("asks the runtime for the request with the URL filled in (encoded) and waits without verbs", () => {
    const { call, request } = startLookup();
    expect(request).toEqual({
      type: "http", nodeId: "lookup", requestId: "c1:1", method: "GET", timeoutMs: 2000,
      url: "https://crm.example.com/customers?phone=%2B48601100200",
      headers: { "X-Caller": "+48601100200" },
    });
    expect(call.lastVerbs).toEqual([]);
    expect(call.nodeId).toBe("lookup");
  });

  it("maps the answer into variables and takes success", () => {
    const { call, request } = startLookup();
    const body = { customer: { name: "Anna" }, orders: [{ id: 77 }] };
    const { verbs } = call.send({ type: "httpResult", requestId: request.requestId, status: 200, body });
    expect(verbs[0]).toMatchObject({ text: "Witaj Anna, zamówienie 77, status 200." });
  });

  it("takes error on a non-2xx answer", () => {
    const { call, request } = startLookup();
    expect(call.send({ type: "httpResult", requestId: request.requestId, status: 503 }).verbs[0]).toMatchObject({ text: "Błąd 503." });
  });

  it("takes error when the runtime reports a timeout", () => {
    const { call, request } = startLookup();
    call.send({ type: "httpResult", requestId: request.requestId, error: "timeout" });
    expect(call.path.at(-1)).toBe("unknown");
  });

  it("takes error on a timer past the time limit, and ignores an earlier timer and the late answer", () => {
    const { call, request } = startLookup();
    expect(call.send({ type: "timer", at: call.at + 1500 }).verbs).toEqual([]);
    expect(call.nodeId).toBe("lookup");
    call.send({ type: "timer", at: call.at + 600 });
    expect(call.path.at(-1)).toBe("unknown");
    expect(call.send({ type: "httpResult", requestId: request.requestId, status: 200, body: {} }).verbs).toEqual([]);
  });

  it("ignores an answer to another request", () => {
    const { call } = startLookup();
    expect(call.send({ type: "httpResult", requestId: "other", status: 200 }).verbs).toEqual([]);
    expect(call.nodeId).toBe("lookup");
  });

  it("sends the call's variables as the body of a POST", () => {
    const { request } = startLookup({ method: "POST" });
    expect(request.body).toEqual({ caller: "+48601100200", called: "+48221234567", call_id: "c1" });
  });

  it("fills in a JSON body template's text values and keeps its other values as they are", () => {
    const { request } = startLookup({ method: "PUT", body: '{"phone": "{{caller}}", "note": "call {{call_id}}", "n": 3, "tags": ["a", null]}' });
    expect(request).toMatchObject({ method: "PUT", body: { phone: "+48601100200", note: "call c1", n: 3, tags: ["a", null] } });
  });

  it("sends no body with GET or DELETE", () => {
    expect(startLookup({ method: "DELETE" }).request).not.toHaveProperty("body");
  });
});
