import { describe, expect, it } from "vitest";
import { AcdScript } from "../testing/acdScript";

describe("simultaneous (ring all)", () => {
  it("rings every free member at once, one offer for the caller", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b", "c"], { strategy: "simultaneous" });
    script.login("a", "b", "c");
    const commands = script.join("x", "sales");
    expect(commands).toEqual(["a", "b", "c"].map((agentId) => ({ type: "ringAgent", offerId: "offer-2", queueId: "sales", callerId: "x", agentId, ringSeconds: 20 })));
    expect(Object.keys(script.state.offers)).toEqual(["offer-2"]);
  });

  it("bridges the first to answer and cancels the others", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b", "c"], { strategy: "simultaneous" });
    script.login("a", "b", "c");
    script.join("x", "sales");
    expect(script.answer("b")).toEqual([
      { type: "cancelOffer", offerId: "offer-2", agentId: "a", reason: "answeredElsewhere" },
      { type: "cancelOffer", offerId: "offer-2", agentId: "c", reason: "answeredElsewhere" },
      { type: "bridge", offerId: "offer-2", queueId: "sales", callerId: "x", agentId: "b" },
    ]);
    // The cancelled agents are not free until their legs are reported ended.
    expect(script.join("y", "sales")).toEqual([]);
    expect(script.fail("a", "noAnswer")).toEqual([{ type: "ringAgent", offerId: "offer-4", queueId: "sales", callerId: "y", agentId: "a", ringSeconds: 20 }]);
    expect(script.agent("a").missed).toBe(0);
  });

  it("rings only the lowest penalty among the free members", () => {
    const script = new AcdScript();
    script.queue("sales", [{ agentId: "a", penalty: 1 }, { agentId: "b", penalty: 0 }, { agentId: "c", penalty: 0 }], { strategy: "simultaneous" });
    script.login("a", "b", "c");
    script.join("x", "sales");
    expect(script.rungLast()).toEqual(["b:x", "c:x"]);
    script.fail("b", "noAnswer");
    expect(script.rungLast()).toEqual([]);
    script.fail("c", "noAnswer");
    expect(script.rungLast()).toEqual(["a:x"]);
    script.fail("a", "noAnswer");
    expect(script.rungLast()).toEqual(["b:x", "c:x"]);
    expect(script.caller("x")?.round).toBe(2);
  });

  it("keeps ringing the rest when one member declines", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"], { strategy: "simultaneous" });
    script.login("a", "b");
    script.join("x", "sales");
    expect(script.fail("a", "busy")).toEqual([]);
    expect(script.state.offers["offer-2"]?.legs).toEqual({ b: { status: "ringing" } });
    expect(script.connect("b").map((command) => command.type)).toEqual(["bridge"]);
  });
});

describe("sequential (in order)", () => {
  it("always starts from the top and goes down the list", () => {
    const script = new AcdScript();
    script.queue("sales", ["c", "a", "b"], { strategy: "sequential" });
    script.login("a", "b", "c");
    script.join("x", "sales");
    expect(script.rungLast()).toEqual(["c:x"]);
    script.fail("c", "noAnswer");
    expect(script.rungLast()).toEqual(["a:x"]);
    script.connect("a");
    script.endCall("a");
    script.join("y", "sales");
    expect(script.rungLast()).toEqual(["c:y"]);
  });

  it("orders by position, then agent id", () => {
    const script = new AcdScript();
    script.queue("sales", [{ agentId: "b", position: 1 }, { agentId: "a", position: 1 }, { agentId: "c", position: 0 }]);
    script.login("a", "b", "c");
    script.join("x", "sales");
    script.fail("c", "noAnswer");
    script.fail("a", "noAnswer");
    expect(script.rungLast()).toEqual(["b:x"]);
  });

  it("tries a higher penalty only after every lower one", () => {
    const script = new AcdScript();
    script.queue("sales", [{ agentId: "a", penalty: 2, position: 0 }, { agentId: "b", penalty: 0, position: 1 }]);
    script.login("a", "b");
    script.join("x", "sales");
    expect(script.rungLast()).toEqual(["b:x"]);
    script.fail("b", "noAnswer");
    expect(script.rungLast()).toEqual(["a:x"]);
  });
});

describe("round robin with memory", () => {
  it("starts each caller after the agent offered last, across calls", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b", "c"], { strategy: "roundRobin", wrapUpSeconds: 0 });
    script.login("a", "b", "c");
    const served: string[] = [];
    for (const callerId of ["x", "y", "z", "w"]) {
      script.join(callerId, "sales");
      const [rung] = script.rungLast();
      served.push(rung as string);
      const agentId = (rung as string).split(":")[0] as string;
      script.connect(agentId);
      script.endCall(agentId);
    }
    expect(served).toEqual(["a:x", "b:y", "c:z", "a:w"]);
    expect(script.state.queues.sales?.rotation).toEqual({ id: "a", position: 0 });
  });

  it("passes the turn on when an agent does not answer", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b", "c"], { strategy: "roundRobin" });
    script.login("a", "b", "c");
    script.join("x", "sales");
    script.fail("a", "noAnswer");
    expect(script.rungLast()).toEqual(["b:x"]);
    script.connect("b");
    script.join("y", "sales");
    expect(script.rungLast()).toEqual(["c:y"]);
  });

  it("skips busy agents without losing the rotation", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b", "c"], { strategy: "roundRobin" });
    script.login("a", "b", "c");
    script.send({ type: "agentCallStarted", agentId: "b" });
    script.join("x", "sales");
    script.connect("a");
    script.join("y", "sales");
    expect(script.rungLast()).toEqual(["c:y"]);
  });

  it("keeps lower penalties first within the rotation", () => {
    const script = new AcdScript();
    script.queue("sales", [{ agentId: "a", penalty: 1 }, { agentId: "b" }, { agentId: "c" }], { strategy: "roundRobin" });
    script.login("a", "b", "c");
    script.join("x", "sales");
    expect(script.rungLast()).toEqual(["b:x"]);
    script.connect("b");
    script.join("y", "sales");
    expect(script.rungLast()).toEqual(["c:y"]);
  });
});

describe("longest idle", () => {
  it("offers the agent who finished a call least recently; never-called agents first", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b", "c"], { strategy: "longestIdle", wrapUpSeconds: 0 });
    script.login("a", "b", "c");
    script.join("x", "sales");
    script.connect("a");
    script.join("y", "sales");
    script.connect("b");
    script.advance(10);
    script.endCall("b");
    script.advance(10);
    script.endCall("a");
    script.join("z", "sales");
    expect(script.rungLast()).toEqual(["c:z"]);
    script.connect("c");
    script.join("w", "sales");
    expect(script.rungLast()).toEqual(["b:w"]);
  });
});

describe("fewest calls", () => {
  it("offers the agent with the fewest answered calls since the reset", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"], { strategy: "fewestCalls", wrapUpSeconds: 0 });
    script.login("a", "b");
    script.join("x", "sales");
    script.connect("a");
    script.endCall("a");
    script.join("y", "sales");
    expect(script.rungLast()).toEqual(["b:y"]);
    script.connect("b");
    script.endCall("b");
    script.join("z", "sales");
    script.connect("a");
    script.endCall("a");
    expect(script.agent("a").answered).toBe(2);
    script.join("w", "sales");
    expect(script.rungLast()).toEqual(["b:w"]);
    script.fail("b", "noAnswer");
    script.send({ type: "countersReset" });
    script.advance(1);
    expect(script.agent("a").answered).toBe(0);
  });
});
