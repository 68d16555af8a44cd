import { describe, expect, it } from "vitest";
import { testEnv } from "../testing/testEnv";
import { parseEngineEvent } from "./parseEngineEvent";

describe("parseEngineEvent", () => {
  it("accepts well-formed events", () => {
    const events = [
      { type: "start", at: 1, call: { callSid: "a", from: "b", to: "c" }, env: testEnv },
      { type: "digits", at: 1, digits: "12", nodeId: "m", purpose: "gather" },
      { type: "dialResult", at: 1, status: "busy" },
      { type: "httpResult", at: 1, requestId: "r", status: 200, body: { a: 1 } },
      { type: "flowLoaded", at: 1, flowId: "f", error: "notFound" },
      { type: "hangup", at: 1 },
    ];
    for (const event of events) expect(parseEngineEvent(event)).toEqual({ ok: true, event });
  });

  it("rejects malformed events with a reason", () => {
    expect(parseEngineEvent({ type: "digits", at: 1 })).toEqual({ ok: false, error: "digits.digits is missing" });
    expect(parseEngineEvent({ type: "dialResult", at: 1, status: "maybe" })).toMatchObject({ ok: false });
    expect(parseEngineEvent({ type: "teleport", at: 1 })).toMatchObject({ ok: false });
    expect(parseEngineEvent({ type: "hangup" })).toMatchObject({ ok: false });
    expect(parseEngineEvent({ type: "start", at: 1, call: { callSid: "a", from: "b" }, env: testEnv })).toMatchObject({ ok: false, error: "start.call.to must be a string" });
    expect(parseEngineEvent({ type: "digits", at: 1, digits: "1", purpose: "nope" })).toMatchObject({ ok: false });
  });
});
