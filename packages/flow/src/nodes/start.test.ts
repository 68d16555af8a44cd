import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";
import { buildFlow, sketchNode } from "../testing/buildFlow";
import { validateFlow } from "../validate/validateFlow";

describe("start", () => {
  it("is valid when its exit is connected", () => {
    expect(validateNode("start", {})).toEqual([]);
  });
  it("reports an unconnected exit on its next port", () => {
    const problems = validateFlow(buildFlow([sketchNode("s", "start", {})], []));
    expect(problems).toMatchObject([{ code: "FLOW022", nodeId: "s", port: "next", severity: "error" }]);
  });
  it("compiles to an empty config", () => {
    expect(compileNode("start", {})).toEqual({ config: {}, next: { next: "end" } });
  });
});
