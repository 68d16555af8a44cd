import { describe, expect, it } from "vitest";
import { parseAcdEvent } from "./parseAcdEvent";

describe("parseAcdEvent", () => {
  it("accepts a well-formed event as it is", () => {
    const event = { type: "offerFailed", at: 5, offerId: "offer-2", agentId: "a", reason: "busy" };
    expect(parseAcdEvent(event)).toEqual({ ok: true, event });
  });

  it("fills in a queue's default settings and member fields", () => {
    const result = parseAcdEvent({ type: "queueConfigured", at: 1, queueId: "q", settings: {}, members: [{ agentId: "a" }] });
    expect(result).toEqual({
      ok: true,
      event: {
        type: "queueConfigured", at: 1, queueId: "q",
        settings: {
          strategy: "sequential", ringSeconds: 20, wrapUpSeconds: 10, retrySeconds: 5, maxWaitSeconds: null, weight: 0, maxLength: null,
          joinWhenEmpty: true, leaveWhenEmpty: false, autoAwayAfterMisses: null, serviceLevelSeconds: 20, penaltyLimits: [],
        },
        members: [{ agentId: "a", penalty: 0, position: 0 }],
      },
    });
  });

  it("names the field that is wrong", () => {
    expect(parseAcdEvent({ type: "queueConfigured", at: 1, queueId: "q", settings: { ringSeconds: 2 }, members: [] }))
      .toEqual({ ok: false, error: expect.stringMatching(/^settings\.ringSeconds: /) as unknown as string });
    expect(parseAcdEvent({ type: "callerLeft", at: 1, callerId: "c", reason: "bored" }))
      .toEqual({ ok: false, error: expect.stringMatching(/^reason: /) as unknown as string });
    expect(parseAcdEvent({ type: "tick", at: -1 })).toEqual({ ok: false, error: expect.stringMatching(/^at: /) as unknown as string });
  });

  it("refuses what is not an event at all", () => {
    expect(parseAcdEvent({ type: "explode", at: 1 })).toEqual({ ok: false, error: expect.stringMatching(/^type: Invalid discriminator/) as unknown as string });
    expect(parseAcdEvent(null)).toEqual({ ok: false, error: "Invalid input: expected object, received null" });
  });
});
