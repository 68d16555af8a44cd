import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

const vip = { id: "vip", match: "any", tests: [{ left: { var: "caller" }, op: "eq", right: { value: "+48600100200" } }] } as const;

describe("condition", () => {
  it("accepts rules over built-in variables", () => {
    expect(validateNode("condition", { rules: [vip] })).toEqual([]);
  });
  it("reports duplicate rule ids, a missing right side and a bad pattern", () => {
    expect(validateNode("condition", { rules: [vip, vip] })).toMatchObject([{ code: "FLOW045", nodeId: "x" }]);
    expect(validateNode("condition", { rules: [{ id: "a", tests: [{ left: { var: "caller" }, op: "eq" }] }] }))
      .toMatchObject([{ code: "FLOW050", nodeId: "x" }]);
    expect(validateNode("condition", { rules: [{ id: "a", tests: [{ left: { var: "caller" }, op: "matches", right: { value: "(a+)+$" } }] }] }))
      .toMatchObject([{ code: "FLOW044", nodeId: "x" }]);
  });
  it("reports an unconnected else exit and a variable nothing sets", () => {
    expect(validateNode("condition", { rules: [vip] }, {}, { skipPorts: ["else"] })).toMatchObject([{ code: "FLOW022", port: "else" }]);
    const rules = [{ id: "a", tests: [{ left: { var: "tier" }, op: "eq", right: { value: "gold" } }] }] as const;
    expect(validateNode("condition", { rules: [...rules] })).toMatchObject([{ code: "FLOW038", severity: "warning", nodeId: "x" }]);
  });
  it("compiles with match defaulted and rule exits", () => {
    const unary = { id: "anon", tests: [{ left: { var: "caller" }, op: "empty", right: { value: "ignored" } }] } as const;
    expect(compileNode("condition", { rules: [vip, unary] })).toEqual({
      config: { rules: [vip, { id: "anon", match: "all", tests: [{ left: { var: "caller" }, op: "empty" }] }] },
      next: { "rule:vip": "end", "rule:anon": "end", else: "end" },
    });
  });
});
