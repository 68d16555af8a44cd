import { describe, expect, it } from "vitest";
import { AcdScript } from "../testing/acdScript";

function sharedAgent(weights: { sales: number; support: number }): AcdScript {
  const script = new AcdScript();
  script.queue("sales", ["a"], { weight: weights.sales });
  script.queue("support", ["a"], { weight: weights.support });
  return script;
}

describe("an agent shared by several queues", () => {
  it("gets the caller who has waited longest across its queues, when the weights are equal", () => {
    const script = sharedAgent({ sales: 0, support: 0 });
    script.join("x", "support");
    script.advance(1);
    script.join("y", "sales");
    script.login("a");
    expect(script.rungLast()).toEqual(["a:x"]);
  });

  it("serves the queue with the higher weight first, however long the other's callers wait", () => {
    const script = sharedAgent({ sales: 0, support: 1 });
    script.join("x", "sales");
    script.advance(100);
    script.join("y", "support");
    script.login("a");
    expect(script.rungLast()).toEqual(["a:y"]);
  });

  it("with equal weights, serves a higher caller priority first across queues", () => {
    const script = sharedAgent({ sales: 0, support: 0 });
    script.join("x", "sales");
    script.advance(100);
    script.join("y", "support", { priority: 2 });
    script.login("a");
    expect(script.rungLast()).toEqual(["a:y"]);
  });

  it("gives a free agent the next caller of another queue when its first queue's callers are all being offered", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"]);
    script.queue("support", ["b"]);
    script.login("a");
    script.join("x", "sales");
    script.join("y", "support");
    expect(script.rungLast()).toEqual([]);
    script.login("b");
    expect(script.rungLast()).toEqual(["b:y"]);
  });

  it("lets a caller of one queue go past the head of another queue the agent cannot serve", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"]);
    script.queue("support", ["b"]);
    script.join("x", "sales");
    script.join("y", "support");
    script.login("b");
    expect(script.rungLast()).toEqual(["b:y"]);
  });

  it("fills every free agent in one pass, in the callers' order", () => {
    const script = new AcdScript();
    script.queue("sales", ["a", "b"], { weight: 1 });
    script.queue("support", ["a", "b", "c"]);
    script.join("x", "support");
    script.join("y", "sales");
    script.join("z", "support");
    script.join("w", "sales");
    script.send({ type: "agentCallStarted", agentId: "c" });
    script.login("a");
    expect(script.rungLast()).toEqual(["a:y"]);
    script.login("b");
    expect(script.rungLast()).toEqual(["b:w"]);
    script.login("c");
    expect(script.rungLast()).toEqual(["c:x"]);
  });
});

describe("callers' order within a queue", () => {
  it("serves higher priority first and arrival order within a priority", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"], { wrapUpSeconds: 0 });
    script.join("p0-first", "sales");
    script.join("p1-first", "sales", { priority: 1 });
    script.join("p0-second", "sales");
    script.join("p1-second", "sales", { priority: 1 });
    expect(script.state.queues.sales?.waiting).toEqual(["p1-first", "p1-second", "p0-first", "p0-second"]);
    script.login("a");
    const served: string[] = [];
    for (let call = 0; call < 4; call += 1) {
      const [rung] = script.rungLast();
      served.push((rung as string).split(":")[1] as string);
      script.connect("a");
      script.endCall("a");
    }
    expect(served).toEqual(["p1-first", "p1-second", "p0-first", "p0-second"]);
  });
});
