import { describe, expect, it } from "vitest";
import { AcdScript } from "../testing/acdScript";

function ringing(): AcdScript {
  const script = new AcdScript();
  script.queue("sales", ["a", "b"], { wrapUpSeconds: 0 });
  script.login("a", "b");
  script.join("x", "sales");
  return script;
}

describe("the caller hangs up while an agent rings", () => {
  it("cancels the agent leg; the agent is free once the leg is reported ended", () => {
    const script = ringing();
    expect(script.leave("x", "abandoned")).toEqual([{ type: "cancelOffer", offerId: "offer-2", agentId: "a", reason: "callerGone" }]);
    expect(script.state.queues.sales?.counters.abandoned).toBe(1);
    expect(script.agent("a").activity).toEqual({ kind: "ringing", offerId: "offer-2" });
    script.join("y", "sales");
    expect(script.rungLast()).toEqual(["b:y"]);
    expect(script.fail("a", "noAnswer", "offer-2")).toEqual([]);
    expect(script.agent("a")).toMatchObject({ activity: { kind: "idle" }, missed: 0, consecutiveMisses: 0 });
  });

  it("releases an agent who answers after the cancel (jambonz 422): the caller is gone", () => {
    const script = ringing();
    script.leave("x", "abandoned");
    expect(script.answer("a", "offer-2")).toEqual([{ type: "releaseAgent", offerId: "offer-2", agentId: "a", reason: "callerGone" }]);
    expect(script.agent("a").activity).toEqual({ kind: "onCall", call: { type: "released", offerId: "offer-2" } });
    script.join("y", "sales");
    expect(script.rungLast()).toEqual(["b:y"]);
    script.fail("b", "noAnswer");
    expect(script.rungLast()).toEqual(["b:y"]);
    script.endCall("a");
    expect(script.agent("a")).toMatchObject({ activity: { kind: "idle" }, lastCallEndedAt: null, answered: 0 });
  });
});

describe("answers that race a cancel", () => {
  it("bridges a late answer when the caller is still waiting, cancelling what rings for them now", () => {
    const script = ringing();
    script.send({ type: "agentAway", agentId: "a", reason: "lunch" });
    expect(script.rungLast()).toEqual(["b:x"]);
    expect(script.answer("a", "offer-2")).toEqual([
      { type: "cancelOffer", offerId: "offer-3", agentId: "b", reason: "answeredElsewhere" },
      { type: "bridge", offerId: "offer-2", queueId: "sales", callerId: "x", agentId: "a" },
    ]);
    expect(script.caller("x")).toMatchObject({ status: "connecting", agentId: "a", offerId: null });
  });

  it("releases a late answer when another agent already has the caller", () => {
    const script = ringing();
    script.send({ type: "agentAway", agentId: "a", reason: "lunch" });
    script.answer("b");
    expect(script.answer("a", "offer-2")).toEqual([{ type: "releaseAgent", offerId: "offer-2", agentId: "a", reason: "answeredElsewhere" }]);
    expect(script.caller("x")).toMatchObject({ status: "connecting", agentId: "b" });
  });

  it("releases an answer to an offer it no longer knows (the leg's end was never reported)", () => {
    const script = ringing();
    script.leave("x", "abandoned");
    script.advance(10);
    expect(script.agent("a").activity.kind).toBe("idle");
    expect(script.answer("a", "offer-2")).toEqual([{ type: "releaseAgent", offerId: "offer-2", agentId: "a", reason: "offerWithdrawn" }]);
    expect(script.last.ignored).toBe("offer no longer known: agent released");
    expect(script.agent("a").activity).toEqual({ kind: "onCall", call: { type: "released", offerId: "offer-2" } });
  });

  it("releases without touching an agent who is busy with another offer", () => {
    const script = ringing();
    script.leave("x", "abandoned");
    script.advance(10);
    script.send({ type: "agentLoggedOut", agentId: "b" });
    script.join("y", "sales");
    expect(script.rungLast()).toEqual(["a:y"]);
    expect(script.answer("a", "offer-2")).toEqual([{ type: "releaseAgent", offerId: "offer-2", agentId: "a", reason: "offerWithdrawn" }]);
    expect(script.agent("a").activity).toEqual({ kind: "ringing", offerId: "offer-4" });
  });

  it("ignores the same answer reported twice", () => {
    const script = ringing();
    script.answer("a");
    expect(script.answer("a", "offer-2")).toEqual([]);
    expect(script.last.ignored).toBe("answer already handled");
    expect(script.agent("a").answered).toBe(1);
  });

  it("ignores a failure of a leg it does not know", () => {
    const script = ringing();
    expect(script.fail("a", "busy", "offer-99")).toEqual([]);
    expect(script.last.ignored).toBe("unknown offer leg");
    expect(script.agent("a").rejected).toBe(0);
  });
});

describe("bridging", () => {
  it("counts the call once the runtime reports the caller dequeued, then starts wrap-up", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { wrapUpSeconds: 30, serviceLevelSeconds: 20 });
    script.login("a");
    script.join("x", "sales");
    script.advance(12);
    script.answer("a");
    expect(script.state.queues.sales?.counters.answered).toBe(0);
    expect(script.agent("a")).toMatchObject({ answered: 1, consecutiveMisses: 0 });
    script.leave("x", "answered");
    expect(script.state.queues.sales?.counters).toMatchObject({ answered: 1, answerWaitMs: 12_000, answeredWithinServiceLevel: 1 });
    expect(script.agent("a").activity).toEqual({ kind: "onCall", call: { type: "queue", offerId: "offer-2", callerId: "x", queueId: "sales", confirmed: true } });
    script.advance(60);
    script.endCall("a");
    expect(script.agent("a").activity).toEqual({ kind: "wrapUp", queueId: "sales", until: script.at + 30_000 });
    expect(script.agent("a").lastCallEndedAt).toBe(script.at);
  });

  it("puts the caller back in their place when the agent hangs up before the dequeue", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"], { wrapUpSeconds: 30 });
    script.login("a");
    script.join("x", "sales");
    script.join("y", "sales");
    script.answer("a");
    expect(script.endCall("a")).toEqual([{ type: "ringAgent", offerId: "offer-4", queueId: "sales", callerId: "x", agentId: "a", ringSeconds: 20 }]);
    expect(script.caller("x")).toMatchObject({ status: "waiting", agentId: null, answeredAt: null, seq: 1 });
    expect(script.state.queues.sales?.waiting).toEqual(["x", "y"]);
    expect(script.agent("a").lastCallEndedAt).toBeNull();
  });

  it("releases the agent when the caller hangs up before the dequeue", () => {
    const script = ringing();
    script.answer("a");
    expect(script.leave("x", "abandoned")).toEqual([{ type: "releaseAgent", offerId: "offer-2", agentId: "a", reason: "callerGone" }]);
    script.endCall("a");
    expect(script.agent("a")).toMatchObject({ activity: { kind: "idle" }, lastCallEndedAt: null });
  });

  it("scores an answer slower than the service level outside it", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { serviceLevelSeconds: 20 });
    script.login("a");
    script.join("x", "sales");
    script.advance(20);
    script.fail("a", "noAnswer");
    script.advance(0.001);
    script.connect("a");
    expect(script.state.queues.sales?.counters).toMatchObject({ answered: 1, answeredWithinServiceLevel: 0, answerWaitMs: 20_001 });
  });
});
