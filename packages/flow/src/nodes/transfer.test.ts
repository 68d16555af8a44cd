import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

describe("transfer", () => {
  it("accepts an E.164 number and known targets", () => {
    expect(validateNode("transfer", { target: { type: "external", number: "+48221234567" } })).toEqual([]);
    expect(validateNode("transfer", { target: { type: "flow", flowId: "f1" } }, { flowIds: ["f1"] })).toEqual([]);
  });
  it("reports a number that is not E.164", () => {
    const [problem] = validateNode("transfer", { target: { type: "external", number: "022 123 45 67" } });
    expect(problem).toMatchObject({ code: "FLOW037", nodeId: "x" });
    expect(problem?.message.en).toContain("+48221234567");
  });
  it("reports unknown extension, queue and flow", () => {
    const context = { extensions: ["101"], queues: [{ id: "q1", label: "Sales" }], flowIds: ["f1"] };
    expect(validateNode("transfer", { target: { type: "extension", extension: "102" } }, context)).toMatchObject([{ code: "FLOW039" }]);
    expect(validateNode("transfer", { target: { type: "queue", queueId: "x" } }, context)).toMatchObject([{ code: "FLOW051" }]);
    expect(validateNode("transfer", { target: { type: "queue", queueId: "", queueName: "Sales desk" } }, context)).toMatchObject([{ code: "FLOW040" }]);
    expect(validateNode("transfer", { target: { type: "queue", queueId: "q1" } }, context)).toEqual([]);
    expect(validateNode("transfer", { target: { type: "flow", flowId: "f2" } }, context)).toMatchObject([{ code: "FLOW041" }]);
  });
  it("reports a missing failed path", () => {
    expect(validateNode("transfer", { target: { type: "extension", extension: "101" } }, {}, { skipPorts: ["failed"] }))
      .toMatchObject([{ code: "FLOW022", port: "failed" }]);
  });
  it("compiles with the default ring time", () => {
    expect(compileNode("transfer", { target: { type: "extension", extension: "101" } })).toEqual({
      config: { target: { type: "extension", extension: "101" }, ringSeconds: 30 }, next: { failed: "end" },
    });
  });
});
