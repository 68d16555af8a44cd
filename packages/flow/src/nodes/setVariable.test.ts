import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

describe("setVariable", () => {
  it("accepts assignments that read earlier ones", () => {
    expect(validateNode("setVariable", { assignments: [{ variable: "a", value: "x" }, { variable: "b", value: "{{a}}-{{caller}}" }] })).toEqual([]);
  });
  it("reports a built-in variable, a bad name and a read of an unset variable", () => {
    expect(validateNode("setVariable", { assignments: [{ variable: "hour", value: "1" }] })).toMatchObject([{ code: "FLOW047" }]);
    expect(validateNode("setVariable", { assignments: [{ variable: "Bad Name", value: "1" }] })).toMatchObject([{ code: "FLOW013", nodeId: "x" }]);
    expect(validateNode("setVariable", { assignments: [{ variable: "a", value: "{{b}}" }] }))
      .toMatchObject([{ code: "FLOW038", severity: "warning", nodeId: "x" }]);
  });
  it("compiles to its assignments", () => {
    const assignments = [{ variable: "a", value: "{{caller}}" }];
    expect(compileNode("setVariable", { assignments })).toEqual({ config: { assignments }, next: { next: "end" } });
  });
});
