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
      { type: "extensionLoaded", at: 1, nodeId: "m", extension: "102", found: false },
      { type: "extensionLoaded", at: 1, extension: "102", found: true, forwardTo: "+48601234567", voicemail: true, greeting: { type: "tts", text: "Hi", language: "en-US" } },
      { type: "holdMusic", at: 1, nodeId: "q", sampleRate: 16000, tracks: [{ promptId: "p", language: "pl", durationMs: 30000 }] },
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
    expect(parseEngineEvent({ type: "holdMusic", at: 1, sampleRate: 16000, tracks: {} })).toEqual({ ok: false, error: "holdMusic.tracks must be an array" });
    expect(parseEngineEvent({ type: "holdMusic", at: 1, sampleRate: 16000, tracks: [{ promptId: "p", language: "pl", durationMs: 0 }] })).toMatchObject({ ok: false, error: expect.stringContaining("positive durationMs") });
    expect(parseEngineEvent({ type: "holdMusic", at: 1, sampleRate: 16000, tracks: [{ promptId: "p", durationMs: 10 }] })).toMatchObject({ ok: false });
    expect(parseEngineEvent({ type: "extensionLoaded", at: 1, extension: "102", found: "yes" })).toEqual({ ok: false, error: "extensionLoaded.found must be a boolean" });
    expect(parseEngineEvent({ type: "extensionLoaded", at: 1, extension: "102", found: true, voicemail: 1 })).toEqual({ ok: false, error: "extensionLoaded.voicemail must be a boolean" });
    expect(parseEngineEvent({ type: "extensionLoaded", at: 1, found: true })).toEqual({ ok: false, error: "extensionLoaded.extension is missing" });
    expect(parseEngineEvent({ type: "holdMusic", at: 1, tracks: [] })).toEqual({ ok: false, error: "holdMusic.sampleRate is missing" });
  });
});
