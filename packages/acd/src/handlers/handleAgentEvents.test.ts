import { describe, expect, it } from "vitest";
import { AcdScript } from "../testing/acdScript";

describe("wrap-up", () => {
  it("follows each answered call for the queue's seconds, then the agent is offered again", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { wrapUpSeconds: 15 });
    script.login("a");
    script.join("x", "sales");
    script.connect("a");
    script.join("y", "sales");
    script.endCall("a");
    expect(script.rungLast()).toEqual([]);
    expect(script.last.nextTickAt).toBe(script.at + 15_000);
    expect(script.state.agents.a?.since).toBe(script.at);
    script.at += 14_999;
    expect(script.send({ type: "tick" })).toEqual([]);
    expect(script.advance(0.001)).toEqual([{ type: "ringAgent", offerId: "offer-4", queueId: "sales", callerId: "y", agentId: "a", ringSeconds: 20 }]);
  });

  it("applies across queues: the agent gets nothing from any queue meanwhile", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { wrapUpSeconds: 60 });
    script.queue("support", ["a"], { wrapUpSeconds: 0 });
    script.login("a");
    script.join("x", "sales");
    script.connect("a");
    script.endCall("a");
    expect(script.join("y", "support")).toEqual([]);
    script.advance(60);
    expect(script.rungLast()).toEqual(["a:y"]);
  });

  it("ends early when the agent says they are ready", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { wrapUpSeconds: 60 });
    script.login("a");
    script.join("x", "sales");
    script.connect("a");
    script.endCall("a");
    script.join("y", "sales");
    expect(script.send({ type: "wrapUpEnded", agentId: "a" })).toHaveLength(1);
    expect(script.send({ type: "wrapUpEnded", agentId: "a" })).toEqual([]);
    expect(script.last.ignored).toBe("agent is not in wrap-up");
  });

  it("is skipped when the queue has none", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { wrapUpSeconds: 0 });
    script.login("a");
    script.join("x", "sales");
    script.connect("a");
    script.endCall("a");
    expect(script.agent("a").activity).toEqual({ kind: "idle" });
  });
});

describe("presence", () => {
  it("an agent going away while rung has the leg cancelled and the caller offered elsewhere", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"]);
    script.login("a", "b");
    script.join("x", "sales");
    expect(script.send({ type: "agentAway", agentId: "a", reason: "lunch" })).toEqual([
      { type: "cancelOffer", offerId: "offer-2", agentId: "a", reason: "agentUnavailable" },
      { type: "ringAgent", offerId: "offer-3", queueId: "sales", callerId: "x", agentId: "b", ringSeconds: 20 },
    ]);
    expect(script.agent("a").presence).toEqual({ kind: "away", reason: "lunch" });
  });

  it("logging out cancels the same way; an unknown agent logging out changes nothing", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"]);
    script.login("a");
    script.join("x", "sales");
    expect(script.send({ type: "agentLoggedOut", agentId: "a" })).toEqual([{ type: "cancelOffer", offerId: "offer-2", agentId: "a", reason: "agentUnavailable" }]);
    expect(script.agent("a").presence).toEqual({ kind: "offline" });
    expect(script.send({ type: "agentLoggedOut", agentId: "zz" })).toEqual([]);
    expect(script.last.ignored).toBe("unknown agent");
    expect(script.state.agents.zz).toBeUndefined();
  });

  it("an agent may sign in away, and is offered only once available", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"]);
    script.join("x", "sales");
    expect(script.send({ type: "agentLoggedIn", agentId: "a", awayReason: "training" })).toEqual([]);
    expect(script.agent("a").presence).toEqual({ kind: "away", reason: "training" });
    expect(script.send({ type: "agentAvailable", agentId: "a" })).toHaveLength(1);
  });

  it("available and away also sign in an agent not seen before", () => {
    const script = new AcdScript();
    script.send({ type: "agentAway", agentId: "a", reason: "meeting" });
    script.send({ type: "agentAvailable", agentId: "b" });
    expect(script.agent("a")).toMatchObject({ presence: { kind: "away", reason: "meeting" }, activity: { kind: "idle" }, since: script.at });
    expect(script.agent("b").presence).toEqual({ kind: "available" });
  });
});

describe("calls the dispatcher did not place", () => {
  it("make the agent busy until they end, and count as a finished call", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { wrapUpSeconds: 30 });
    script.login("a");
    script.send({ type: "agentCallStarted", agentId: "a" });
    expect(script.join("x", "sales")).toEqual([]);
    script.advance(5);
    expect(script.endCall("a")).toHaveLength(1);
    expect(script.agent("a").lastCallEndedAt).toBe(script.at);
  });

  it("end a wrap-up early; are ignored while the agent rings or for an unknown agent", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { wrapUpSeconds: 30 });
    script.login("a");
    script.join("x", "sales");
    script.send({ type: "agentCallStarted", agentId: "a" });
    expect(script.last.ignored).toBe("agent is ringing");
    script.connect("a");
    script.endCall("a");
    script.send({ type: "agentCallStarted", agentId: "a" });
    expect(script.agent("a").activity).toEqual({ kind: "onCall", call: { type: "direct" } });
    script.send({ type: "agentCallStarted", agentId: "nobody" });
    expect(script.last.ignored).toBe("unknown agent");
    expect(script.endCall("nobody")).toEqual([]);
    expect(script.last.ignored).toBe("agent is not on a call");
  });
});

describe("missed offers", () => {
  it("are counted per agent, and N in a row set the agent away with the reason missedCalls", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"], { autoAwayAfterMisses: 2, retrySeconds: 0 });
    script.login("a", "b");
    script.join("x", "sales");
    script.fail("a", "noAnswer");
    expect(script.agent("a")).toMatchObject({ missed: 1, consecutiveMisses: 1, presence: { kind: "available" } });
    script.fail("b", "busy");
    expect(script.fail("a", "noAnswer")).toEqual([
      { type: "agentAway", agentId: "a", reason: "missedCalls" },
      { type: "ringAgent", offerId: "offer-5", queueId: "sales", callerId: "x", agentId: "b", ringSeconds: 20 },
    ]);
    expect(script.agent("a")).toMatchObject({ missed: 2, consecutiveMisses: 2, presence: { kind: "away", reason: "missedCalls" } });
    script.fail("b", "failed");
    expect(script.last.commands).toEqual([{ type: "agentAway", agentId: "b", reason: "missedCalls" }]);
  });

  it("start again from zero after an answer or when the agent comes back", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { autoAwayAfterMisses: 2, wrapUpSeconds: 0 });
    script.login("a");
    script.join("x", "sales");
    script.fail("a", "noAnswer");
    script.connect("a");
    expect(script.agent("a").consecutiveMisses).toBe(0);
    script.endCall("a");
    script.join("y", "sales");
    script.fail("a", "noAnswer");
    script.fail("a", "noAnswer");
    expect(script.agent("a").presence.kind).toBe("away");
    script.send({ type: "agentAvailable", agentId: "a" });
    expect(script.agent("a").consecutiveMisses).toBe(0);
    expect(script.rungLast()).toEqual(["a:y"]);
  });

  it("never set an agent away without the setting, nor one already away", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { autoAwayAfterMisses: null });
    script.login("a");
    script.join("x", "sales");
    for (let miss = 0; miss < 5; miss += 1) script.fail("a", "noAnswer");
    expect(script.agent("a")).toMatchObject({ consecutiveMisses: 5, presence: { kind: "available" } });
    script.queue("sales", ["a"], { autoAwayAfterMisses: 1 });
    script.send({ type: "agentAway", agentId: "a", reason: "lunch" });
    script.fail("a", "noAnswer", "offer-7");
    expect(script.agent("a").presence).toEqual({ kind: "away", reason: "lunch" });
    expect(script.last.commands).toEqual([]);
  });
});
