import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

describe("queue", () => {
  it("accepts a known queue", () => {
    expect(validateNode("queue", { queueId: "q1" }, { queues: [{ id: "q1", label: "Sales" }] })).toEqual([]);
  });
  it("reports no queue, a deleted queue, a name no queue has, and a missing overflow path", () => {
    expect(validateNode("queue", {})).toMatchObject([{ code: "FLOW010", nodeId: "x", message: { en: "In “Queue”, “Queue” must be filled in." } }]);
    expect(validateNode("queue", { queueId: "q2" }, { queues: [{ id: "q1", label: "Sales" }] })).toMatchObject([{ code: "FLOW051", nodeId: "x" }]);
    expect(validateNode("queue", { queueId: "q2" })).toEqual([]);
    expect(validateNode("queue", { queueId: "", queueName: "salse" })).toMatchObject([{ code: "FLOW040", message: { en: "“Queue” uses the queue “salse”, which does not exist." } }]);
    expect(validateNode("queue", { queueId: "sales" }, {}, { skipPorts: ["overflow"] })).toMatchObject([{ code: "FLOW032", port: "overflow" }]);
  });
  it("requires the left exit only when a leave key is set", () => {
    expect(validateNode("queue", { queueId: "sales" }, {}, { skipPorts: ["left", "answered"] })).toEqual([]);
    expect(validateNode("queue", { queueId: "sales", leaveKey: "0" }, {}, { skipPorts: ["left"] })).toMatchObject([{ code: "FLOW022", port: "left" }]);
  });
  it("reports a wait outside 30..7200 seconds", () => {
    expect(validateNode("queue", { queueId: "sales", maxWaitSeconds: 10 })).toMatchObject([{ code: "FLOW011", nodeId: "x" }]);
  });
  it("compiles the queue id into the jambonz queue name, so tenants never share one", () => {
    expect(compileNode("queue", { queueId: "ckq7tenantaqueue" }).config).toMatchObject({ queue: "ckq7tenantaqueue", queueId: "ckq7tenantaqueue" });
  });
  it("compiles with defaults filled in", () => {
    expect(compileNode("queue", { queueId: "sales" })).toEqual({
      config: { queue: "sales", queueId: "sales", announcePosition: true, announceEverySeconds: 60, maxWaitSeconds: 300 },
      next: { answered: "end", overflow: "end", left: "end" },
    });
  });
});
