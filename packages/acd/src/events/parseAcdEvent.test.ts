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

  it("knows every event type with its fields, and refuses each without a required field", () => {
    const settings = { strategy: "roundRobin", ringSeconds: 20, wrapUpSeconds: 10, retrySeconds: 5, maxWaitSeconds: null, weight: 0, maxLength: null, joinWhenEmpty: true, leaveWhenEmpty: false, autoAwayAfterMisses: null, serviceLevelSeconds: 20, penaltyLimits: [] };
    const examples: Record<string, Record<string, unknown>> = {
      queueConfigured: { queueId: "q", settings, members: [{ agentId: "a", penalty: 1, position: 2 }] },
      queueRemoved: { queueId: "q" },
      agentLoggedIn: { agentId: "a", awayReason: "training" },
      agentLoggedOut: { agentId: "a" },
      agentAvailable: { agentId: "a" },
      agentAway: { agentId: "a", reason: "lunch" },
      agentCallStarted: { agentId: "a" },
      agentCallEnded: { agentId: "a" },
      wrapUpEnded: { agentId: "a" },
      callerJoined: { callerId: "c", queueId: "q", priority: 100, maxWaitSeconds: 86_400 },
      callerLeft: { callerId: "c", reason: "leftByKey" },
      offerAnswered: { offerId: "o", agentId: "a" },
      offerFailed: { offerId: "o", agentId: "a", reason: "failed" },
      tick: {},
      countersReset: {},
    };
    for (const [type, fields] of Object.entries(examples)) {
      const event = { type, at: 0, ...fields };
      expect(parseAcdEvent(event), type).toEqual({ ok: true, event });
      for (const name of Object.keys(fields)) {
        const without: Record<string, unknown> = { ...event };
        delete without[name];
        const optional = ["awayReason", "priority", "maxWaitSeconds"].includes(name);
        expect(parseAcdEvent(without).ok, `${type} without ${name}`).toBe(optional);
        expect(parseAcdEvent({ ...event, [name]: "" }).ok, `${type} with an empty ${name}`).toBe(false);
      }
    }
  });

  it("bounds ids, reasons, priorities and waits", () => {
    const ok = (event: Record<string, unknown>): boolean => parseAcdEvent({ at: 0, ...event }).ok;
    expect(ok({ type: "agentAvailable", agentId: "a".repeat(200) })).toBe(true);
    expect(ok({ type: "agentAvailable", agentId: "a".repeat(201) })).toBe(false);
    expect(ok({ type: "agentAway", agentId: "a", reason: "r".repeat(100) })).toBe(true);
    expect(ok({ type: "agentAway", agentId: "a", reason: "r".repeat(101) })).toBe(false);
    expect(ok({ type: "agentLoggedIn", agentId: "a", awayReason: "r".repeat(101) })).toBe(false);
    expect(ok({ type: "callerJoined", callerId: "c", queueId: "q", priority: 0, maxWaitSeconds: 1 })).toBe(true);
    expect(ok({ type: "callerJoined", callerId: "c", queueId: "q", priority: 101 })).toBe(false);
    expect(ok({ type: "callerJoined", callerId: "c", queueId: "q", priority: -1 })).toBe(false);
    expect(ok({ type: "callerJoined", callerId: "c", queueId: "q", priority: 0.5 })).toBe(false);
    expect(ok({ type: "callerJoined", callerId: "c", queueId: "q", maxWaitSeconds: 0 })).toBe(false);
    expect(ok({ type: "callerJoined", callerId: "c", queueId: "q", maxWaitSeconds: 86_401 })).toBe(false);
    expect(ok({ type: "tick", at: 1.5 })).toBe(false);
    expect(ok({ type: "queueConfigured", queueId: "q", settings: {}, members: Array.from({ length: 1000 }, (_, index) => ({ agentId: `a${index}` })) })).toBe(true);
    expect(ok({ type: "queueConfigured", queueId: "q", settings: {}, members: Array.from({ length: 1001 }, (_, index) => ({ agentId: `a${index}` })) })).toBe(false);
    for (const reason of ["answered", "abandoned", "timedOut", "leftByKey", "transferred"]) expect(ok({ type: "callerLeft", callerId: "c", reason })).toBe(true);
    for (const reason of ["busy", "noAnswer", "failed"]) expect(ok({ type: "offerFailed", offerId: "o", agentId: "a", reason })).toBe(true);
  });
});
