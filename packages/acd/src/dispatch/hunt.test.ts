import { describe, expect, it } from "vitest";
import { AcdScript } from "../testing/acdScript";

describe("the hunt for an agent", () => {
  it("3 callers and 3 agents (busy, no answer, answers): callers bridged in arrival order", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b", "c"], { wrapUpSeconds: 0 });
    script.login("a", "b", "c");
    script.send({ type: "agentCallStarted", agentId: "a" });
    script.join("x", "sales");
    script.join("y", "sales");
    script.join("z", "sales");
    // a is on another call; b and c are offered the first two callers.
    expect(script.results.slice(-3).flatMap((result) => result.commands).map((command) => command.type === "ringAgent" ? `${command.agentId}:${command.callerId}` : command.type))
      .toEqual(["b:x", "c:y"]);
    script.fail("b", "busy");
    // x is not offered to b again at once: b rests, and c is ringing for y.
    expect(script.rungLast()).toEqual([]);
    script.fail("c", "noAnswer");
    // c did not answer y; c is the only free agent and x comes first.
    expect(script.rungLast()).toEqual(["c:x"]);
    const bridges: string[] = [];
    const record = (commands: ReturnType<AcdScript["send"]>): void => {
      for (const command of commands) if (command.type === "bridge") bridges.push(command.callerId);
    };
    record(script.connect("c"));
    script.endCall("a");
    expect(script.rungLast()).toEqual(["a:y"]);
    record(script.connect("a"));
    script.advance(5);
    expect(script.rungLast()).toEqual(["b:z"]);
    record(script.connect("b"));
    expect(bridges).toEqual(["x", "y", "z"]);
  });

  it("offers the next caller as soon as an agent is freed", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { wrapUpSeconds: 0 });
    script.login("a");
    script.join("x", "sales");
    script.connect("a");
    script.join("y", "sales");
    expect(script.rungLast()).toEqual([]);
    expect(script.endCall("a")).toEqual([{ type: "ringAgent", offerId: "offer-4", queueId: "sales", callerId: "y", agentId: "a", ringSeconds: 20 }]);
  });

  it("repeats rounds while the only agent does not answer, until the caller's maximum wait", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { ringSeconds: 15, maxWaitSeconds: 60 });
    script.login("a");
    script.join("x", "sales");
    for (let round = 1; round <= 3; round += 1) {
      expect(script.rungLast()).toEqual(["a:x"]);
      expect(script.caller("x")?.round).toBe(round);
      script.at += 15_000;
      script.fail("a", "noAnswer");
    }
    expect(script.agent("a").missed).toBe(3);
    expect(script.advance(15)).toEqual([
      { type: "removeCaller", callerId: "x", queueId: "sales", reason: "maxWait" },
      { type: "cancelOffer", offerId: "offer-5", agentId: "a", reason: "callerGone" },
    ]);
    expect(script.caller("x")).toBeUndefined();
    expect(script.state.queues.sales?.counters.timedOut).toBe(1);
  });

  it("offers the caller to the other free agents before the one who declined", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"], { retrySeconds: 0 });
    script.login("a", "b");
    script.join("x", "sales");
    script.fail("a", "busy");
    expect(script.rungLast()).toEqual(["b:x"]);
    script.fail("b", "busy");
    expect(script.rungLast()).toEqual(["a:x"]);
    expect(script.caller("x")?.round).toBe(2);
    expect(script.caller("x")?.tried).toEqual(["a"]);
  });

  it("rests a busy or failed phone for retrySeconds before ringing it again", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { retrySeconds: 5 });
    script.login("a");
    script.join("x", "sales");
    script.fail("a", "failed");
    expect(script.rungLast()).toEqual([]);
    expect(script.last.nextTickAt).toBe(script.at + 5000);
    expect(script.agent("a").restUntil).toBe(script.at + 5000);
    script.at += 4999;
    expect(script.send({ type: "tick" })).toEqual([]);
    expect(script.advance(0.001)).toHaveLength(1);
    expect(script.agent("a").restUntil).toBeNull();
    expect(script.agent("a").failed).toBe(1);
    script.fail("a", "busy");
    expect(script.agent("a").rejected).toBe(1);
    expect(script.agent("a").consecutiveMisses).toBe(2);
  });

  it("does not rest an agent after an unanswered ring", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { retrySeconds: 5 });
    script.login("a");
    script.join("x", "sales");
    script.fail("a", "noAnswer");
    expect(script.rungLast()).toEqual(["a:x"]);
    expect(script.agent("a").restUntil).toBeNull();
  });

  it("cancels a leg whose no-answer report never came, 5 s after the ring time, and counts it missed", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"], { ringSeconds: 20 });
    script.login("a", "b");
    script.join("x", "sales");
    expect(script.last.nextTickAt).toBe(script.at + 25_000);
    script.at += 24_999;
    expect(script.send({ type: "tick" })).toEqual([]);
    expect(script.advance(0.001)).toEqual([
      { type: "cancelOffer", offerId: "offer-2", agentId: "a", reason: "ringTimeout" },
      { type: "ringAgent", offerId: "offer-3", queueId: "sales", callerId: "x", agentId: "b", ringSeconds: 20 },
    ]);
    expect(script.agent("a").missed).toBe(1);
    // The cancelled leg keeps a taken until its end is reported, or 10 s.
    expect(script.agent("a").activity).toEqual({ kind: "ringing", offerId: "offer-2" });
    expect(script.state.offers["offer-2"]?.legs.a).toEqual({ status: "cancelling", reason: "ringTimeout", until: script.at + 10_000 });
    script.advance(9.999);
    expect(script.agent("a").activity.kind).toBe("ringing");
    script.advance(0.001);
    expect(script.agent("a").activity.kind).toBe("idle");
    expect(script.state.offers["offer-2"]).toBeUndefined();
  });

  it("lets a caller's own maximum wait override the queue's", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { maxWaitSeconds: 600 });
    script.join("x", "sales", { maxWaitSeconds: 30 });
    script.join("y", "sales");
    expect(script.caller("x")?.deadline).toBe(script.at + 30_000);
    expect(script.caller("y")?.deadline).toBe(script.at + 600_000);
    expect(script.last.nextTickAt).toBe(script.at + 30_000);
    script.at += 29_999;
    expect(script.send({ type: "tick" })).toEqual([]);
    expect(script.advance(0.001)).toEqual([{ type: "removeCaller", callerId: "x", queueId: "sales", reason: "maxWait" }]);
  });

  it("never times out a caller without a maximum wait", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"]);
    script.join("x", "sales");
    expect(script.caller("x")?.deadline).toBeNull();
    expect(script.last.nextTickAt).toBeNull();
    expect(script.advance(86_400)).toEqual([]);
  });

  it("widens the members a caller may be offered to as they wait, without losing their place", () => {
    const script = new AcdScript();
    script.queue("sales", [{ agentId: "a", penalty: 0 }, { agentId: "b", penalty: 5 }], {
      penaltyLimits: [{ afterSeconds: 0, maxPenalty: 0 }, { afterSeconds: 30, maxPenalty: 5 }],
    });
    script.login("a", "b");
    script.send({ type: "agentCallStarted", agentId: "a" });
    script.join("x", "sales");
    expect(script.rungLast()).toEqual([]);
    expect(script.last.nextTickAt).toBe(script.at + 30_000);
    script.advance(10);
    script.join("y", "sales");
    script.at += 19_999;
    expect(script.send({ type: "tick" })).toEqual([]);
    expect(script.advance(0.001)).toEqual([{ type: "ringAgent", offerId: "offer-3", queueId: "sales", callerId: "x", agentId: "b", ringSeconds: 20 }]);
    expect(script.last.nextTickAt).toBe(script.at + 10_000);
  });
});
