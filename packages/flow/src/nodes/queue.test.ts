import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

describe("queue", () => {
  it("accepts a known queue", () => {
    expect(validateNode("queue", { queue: "sales" }, { queues: ["sales"] })).toEqual([]);
  });
  it("reports an unknown queue and a missing overflow path", () => {
    expect(validateNode("queue", { queue: "salse" }, { queues: ["sales"] })).toMatchObject([{ code: "FLOW040", nodeId: "x" }]);
    expect(validateNode("queue", { queue: "sales" }, {}, { skipPorts: ["overflow"] })).toMatchObject([{ code: "FLOW032", port: "overflow" }]);
  });
  it("requires the left exit only when a leave key is set", () => {
    expect(validateNode("queue", { queue: "sales" }, {}, { skipPorts: ["left", "answered"] })).toEqual([]);
    expect(validateNode("queue", { queue: "sales", leaveKey: "0" }, {}, { skipPorts: ["left"] })).toMatchObject([{ code: "FLOW022", port: "left" }]);
  });
  it("reports a wait outside 30..7200 seconds", () => {
    expect(validateNode("queue", { queue: "sales", maxWaitSeconds: 10 })).toMatchObject([{ code: "FLOW011", nodeId: "x" }]);
  });
  it("compiles with defaults filled in", () => {
    expect(compileNode("queue", { queue: "sales" })).toEqual({
      config: { queue: "sales", announcePosition: true, announceEverySeconds: 60, maxWaitSeconds: 300 },
      next: { answered: "end", overflow: "end", left: "end" },
    });
  });
});
