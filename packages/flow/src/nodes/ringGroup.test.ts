import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

describe("ringGroup", () => {
  it("accepts known extensions", () => {
    expect(validateNode("ringGroup", { extensions: ["101", "102"] }, { extensions: ["101", "102"] })).toEqual([]);
  });
  it("reports unknown extensions, an empty group and a missing noAnswer path", () => {
    expect(validateNode("ringGroup", { extensions: ["101", "199"] }, { extensions: ["101"] }))
      .toMatchObject([{ code: "FLOW039", nodeId: "x" }]);
    expect(validateNode("ringGroup", { extensions: [] })).toMatchObject([{ code: "FLOW010", nodeId: "x" }]);
    expect(validateNode("ringGroup", { extensions: ["101"] }, {}, { skipPorts: ["noAnswer"] })).toMatchObject([{ code: "FLOW022", port: "noAnswer" }]);
  });
  it("compiles with defaults filled in", () => {
    expect(compileNode("ringGroup", { extensions: ["101"], strategy: "sequential" }).config).toEqual({
      extensions: ["101"], strategy: "sequential", ringSeconds: 20, maxRounds: 3, maxWaitSeconds: 120,
    });
  });
});
