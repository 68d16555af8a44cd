import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

describe("gotoFlow", () => {
  it("accepts a known flow", () => {
    expect(validateNode("gotoFlow", { flowId: "after-hours" }, { flowIds: ["after-hours"] })).toEqual([]);
  });
  it("reports an unknown flow and an empty one", () => {
    expect(validateNode("gotoFlow", { flowId: "nope" }, { flowIds: ["after-hours"] })).toMatchObject([{ code: "FLOW041", nodeId: "x" }]);
    expect(validateNode("gotoFlow", { flowId: "" })).toMatchObject([{ code: "FLOW010", nodeId: "x" }]);
  });
  it("compiles with no exits", () => {
    expect(compileNode("gotoFlow", { flowId: "after-hours" })).toEqual({ config: { flowId: "after-hours" }, next: {} });
  });
});
