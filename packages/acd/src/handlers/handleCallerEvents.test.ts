import { describe, expect, it } from "vitest";
import { AcdScript } from "../testing/acdScript";

describe("joining", () => {
  it("refuses a caller for a queue it does not know", () => {
    const script = new AcdScript();
    expect(script.join("x", "nowhere")).toEqual([{ type: "refuseCaller", callerId: "x", queueId: "nowhere", reason: "unknownQueue" }]);
    expect(script.caller("x")).toBeUndefined();
  });

  it("refuses callers beyond the queue's length (waiting callers only)", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { maxLength: 2 });
    script.login("a");
    script.join("x", "sales");
    script.answer("a");
    script.join("y", "sales");
    expect(script.join("z", "sales")).toEqual([]);
    expect(script.join("w", "sales")).toEqual([{ type: "refuseCaller", callerId: "w", queueId: "sales", reason: "queueFull" }]);
    expect(script.state.queues.sales?.counters).toMatchObject({ joined: 3, refused: 1 });
  });

  it("refuses callers while nobody is available when joinWhenEmpty is off", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"], { joinWhenEmpty: false });
    expect(script.join("x", "sales")).toEqual([{ type: "refuseCaller", callerId: "x", queueId: "sales", reason: "noAgents" }]);
    script.send({ type: "agentLoggedIn", agentId: "a", awayReason: "lunch" });
    expect(script.join("y", "sales")[0]).toMatchObject({ type: "refuseCaller" });
    script.login("b");
    script.send({ type: "agentCallStarted", agentId: "b" });
    expect(script.join("z", "sales")).toEqual([]);
    expect(script.caller("z")?.status).toBe("waiting");
  });

  it("keeps callers waiting in an unstaffed queue by default", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"]);
    expect(script.join("x", "sales")).toEqual([]);
    expect(script.state.queues.sales?.waiting).toEqual(["x"]);
  });

  it("ignores a caller who is already queued", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"]);
    script.join("x", "sales", { priority: 1 });
    expect(script.join("x", "sales")).toEqual([]);
    expect(script.last.ignored).toBe("caller already queued");
    expect(script.state.queues.sales?.counters.joined).toBe(1);
    expect(script.caller("x")?.priority).toBe(1);
  });
});

describe("leaving", () => {
  it("counts each way out, and abandons within the service level apart", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { serviceLevelSeconds: 10 });
    for (const callerId of ["p", "q", "r", "s", "t"]) script.join(callerId, "sales");
    script.advance(10);
    script.leave("p", "abandoned");
    script.advance(0.001);
    script.leave("q", "abandoned");
    script.leave("r", "leftByKey");
    script.leave("s", "transferred");
    script.leave("t", "timedOut");
    expect(script.state.queues.sales?.counters).toMatchObject({
      joined: 5, abandoned: 2, abandonedWithinServiceLevel: 1, leftByKey: 1, transferred: 1, timedOut: 1, answered: 0,
    });
    expect(script.state.queues.sales?.waiting).toEqual([]);
    expect(script.leave("p", "abandoned")).toEqual([]);
    expect(script.last.ignored).toBe("unknown caller");
  });

  it("counts a caller dequeued by someone else as answered at that moment", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { serviceLevelSeconds: 10 });
    script.join("x", "sales");
    script.advance(4);
    script.leave("x", "answered");
    expect(script.state.queues.sales?.counters).toMatchObject({ answered: 1, answerWaitMs: 4000, answeredWithinServiceLevel: 1 });
  });

  it("sends waiting callers to the time-out exit when a leaveWhenEmpty queue loses its last available agent", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"], { leaveWhenEmpty: true });
    script.login("a", "b");
    script.join("x", "sales");
    script.answer("a");
    script.join("y", "sales");
    script.join("z", "sales");
    script.send({ type: "agentAway", agentId: "a", reason: "lunch" });
    expect(script.caller("z")).toBeDefined();
    expect(script.send({ type: "agentLoggedOut", agentId: "b" })).toEqual([
      { type: "cancelOffer", offerId: "offer-4", agentId: "b", reason: "agentUnavailable" },
      { type: "removeCaller", callerId: "y", queueId: "sales", reason: "noAgents" },
      { type: "removeCaller", callerId: "z", queueId: "sales", reason: "noAgents" },
    ]);
    expect(script.caller("x")?.status).toBe("connecting");
    expect(script.state.queues.sales?.counters.timedOut).toBe(2);
  });
});

describe("queue configuration", () => {
  it("changing settings keeps the waiting callers, the rotation and the figures", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"], { strategy: "roundRobin", wrapUpSeconds: 0 });
    script.login("a", "b");
    script.join("x", "sales");
    script.connect("a");
    script.join("y", "sales");
    script.fail("b", "noAnswer");
    script.send({ type: "agentLoggedOut", agentId: "b" });
    script.queue("sales", ["a", "b", "c"], { strategy: "roundRobin", ringSeconds: 30 });
    expect(script.state.queues.sales).toMatchObject({ waiting: ["y"], rotation: { id: "b", position: 1 }, counters: { joined: 2, answered: 1 } });
    script.login("c");
    expect(script.last.commands).toEqual([{ type: "ringAgent", offerId: "offer-6", queueId: "sales", callerId: "y", agentId: "c", ringSeconds: 30 }]);
  });

  it("a removed queue sends its waiting callers on and cancels what rings for them", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"]);
    script.login("a", "b");
    script.join("x", "sales");
    script.join("y", "sales");
    script.answer("a");
    script.join("z", "sales");
    expect(script.send({ type: "queueRemoved", queueId: "sales" })).toEqual([
      { type: "removeCaller", callerId: "y", queueId: "sales", reason: "queueRemoved" },
      { type: "cancelOffer", offerId: "offer-4", agentId: "b", reason: "callerGone" },
      { type: "removeCaller", callerId: "z", queueId: "sales", reason: "queueRemoved" },
    ]);
    expect(script.state.queues.sales).toBeUndefined();
    expect(Object.keys(script.state.callers)).toEqual(["x"]);
    script.leave("x", "answered");
    script.endCall("a");
    expect(script.agent("a").activity).toEqual({ kind: "idle" });
    expect(script.send({ type: "queueRemoved", queueId: "sales" })).toEqual([]);
    expect(script.last.ignored).toBe("unknown queue");
  });

  it("a members' list with an agent missing stops offering that agent", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"]);
    script.login("a", "b");
    script.queue("sales", ["b"]);
    script.join("x", "sales");
    expect(script.rungLast()).toEqual(["b:x"]);
  });

  it("countersReset zeroes the day's figures of queues and agents, but not the state of calls", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { wrapUpSeconds: 0 });
    script.login("a");
    script.join("x", "sales");
    script.fail("a", "noAnswer");
    script.fail("a", "busy");
    script.advance(5);
    script.fail("a", "failed");
    script.advance(5);
    script.connect("a");
    script.endCall("a");
    script.send({ type: "countersReset" });
    expect(script.state.queues.sales?.counters).toEqual({
      joined: 0, answered: 0, abandoned: 0, timedOut: 0, leftByKey: 0, transferred: 0, refused: 0,
      answeredWithinServiceLevel: 0, abandonedWithinServiceLevel: 0, answerWaitMs: 0,
    });
    expect(script.agent("a")).toMatchObject({ offered: 0, answered: 0, missed: 0, rejected: 0, failed: 0, lastCallEndedAt: script.at });
  });
});
