import { describe, expect, it } from "vitest";
import { AcdScript } from "../testing/acdScript";

describe("timers due at the same moment", () => {
  it("fire the ring time-out before the caller's maximum wait (the agent is charged a miss)", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { ringSeconds: 20, maxWaitSeconds: 25 });
    script.login("a");
    script.join("x", "sales");
    expect(script.advance(25)).toEqual([
      { type: "cancelOffer", offerId: "offer-2", agentId: "a", reason: "ringTimeout" },
      { type: "removeCaller", callerId: "x", queueId: "sales", reason: "maxWait" },
    ]);
    expect(script.agent("a").missed).toBe(1);
  });

  it("fire earlier timers first, whatever their kind", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { ringSeconds: 20, maxWaitSeconds: 24 });
    script.login("a");
    script.join("x", "sales");
    expect(script.advance(30)).toEqual([
      { type: "removeCaller", callerId: "x", queueId: "sales", reason: "maxWait" },
      { type: "cancelOffer", offerId: "offer-2", agentId: "a", reason: "callerGone" },
    ]);
    expect(script.agent("a").missed).toBe(0);
  });

  it("remove callers whose maximum wait ends together in id order", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { maxWaitSeconds: 60 });
    script.join("b", "sales");
    script.join("a", "sales");
    script.join("c", "sales");
    expect(script.advance(60).map((command) => command.type === "removeCaller" && command.callerId)).toEqual(["a", "b", "c"]);
  });

  it("end a rest and a wrap-up falling due at once, and offer the agent", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { wrapUpSeconds: 5, retrySeconds: 5 });
    script.login("a");
    script.join("x", "sales");
    script.fail("a", "busy");
    script.advance(5);
    script.connect("a");
    script.join("y", "sales");
    script.endCall("a");
    expect(script.agent("a").activity.kind).toBe("wrapUp");
    expect(script.advance(5)).toHaveLength(1);
  });
});

describe("service level boundaries", () => {
  it("counts an answer exactly at the threshold as within it", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { serviceLevelSeconds: 20 });
    script.login("a");
    script.join("x", "sales");
    script.advance(20);
    script.connect("a");
    expect(script.state.queues.sales?.counters).toMatchObject({ answeredWithinServiceLevel: 1, answerWaitMs: 20_000 });
  });
});
