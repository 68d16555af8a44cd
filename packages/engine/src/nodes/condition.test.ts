import { describe, expect, it } from "vitest";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

type Rules = Parameters<typeof sketchNode<"condition">>[2]["rules"];

function routeCall(rules: Rules, vars: Record<string, string> = {}, from = "+48601100200"): string | undefined {
  const assignments = Object.entries(vars).map(([variable, value]) => ({ variable, value }));
  const ir = compileTestFlow(
    [
      sketchNode("start", "start", {}),
      sketchNode("set", "setVariable", { assignments: assignments.length > 0 ? assignments : [{ variable: "unused", value: "" }] }),
      sketchNode("check", "condition", { rules }),
      ...rules.map((rule) => sketchNode(`to-${rule.id}`, "hangup", { prompt: say(rule.id) })),
      sketchNode("to-else", "hangup", {}),
    ],
    [["start", "next", "set"], ["set", "next", "check"], ["check", "else", "to-else"], ...rules.map((rule) => ["check", `rule:${rule.id}`, `to-${rule.id}`] as const)],
  );
  const call = new ScriptedCall(ir, { from });
  call.start();
  return call.path.at(-1);
}

describe("condition", () => {
  it("takes the first rule that holds", () => {
    const rules: Rules = [
      { id: "vip", match: "all", tests: [{ left: { var: "tier" }, op: "eq", right: { value: "gold" } }] },
      { id: "any", match: "all", tests: [{ left: { var: "tier" }, op: "notEmpty" }] },
    ];
    expect(routeCall(rules, { tier: "gold" })).toBe("to-vip");
    expect(routeCall(rules, { tier: "silver" })).toBe("to-any");
    expect(routeCall(rules, {})).toBe("to-else");
  });

  it("compares numbers as numbers and text as text", () => {
    const rules: Rules = [{ id: "big", match: "all", tests: [{ left: { var: "amount" }, op: "gt", right: { value: "9" } }] }];
    expect(routeCall(rules, { amount: "10" })).toBe("to-big");
    expect(routeCall(rules, { amount: "8.5" })).toBe("to-else");
  });

  it("needs all tests for match all and one for match any", () => {
    const tests = [
      { left: { var: "caller" }, op: "startsWith" as const, right: { value: "+48" } },
      { left: { var: "caller" }, op: "contains" as const, right: { value: "999" } },
    ];
    expect(routeCall([{ id: "r", match: "all", tests }])).toBe("to-else");
    expect(routeCall([{ id: "r", match: "any", tests }])).toBe("to-r");
  });

  it("matches a digits pattern against the whole value", () => {
    const rules: Rules = [{ id: "mobile", match: "all", tests: [{ left: { var: "caller" }, op: "matches", right: { value: "\\+48[5-8]\\d{8}" } }] }];
    expect(routeCall(rules, {}, "+48601100200")).toBe("to-mobile");
    expect(routeCall(rules, {}, "+48221234567")).toBe("to-else");
    expect(routeCall(rules, {}, "x+48601100200")).toBe("to-else");
  });

  it("never runs a pattern that could backtrack for seconds, even from a variable", () => {
    const rules: Rules = [{ id: "evil", match: "all", tests: [{ left: { var: "digits" }, op: "matches", right: { var: "pattern" } }] }];
    const started = performance.now();
    expect(routeCall(rules, { digits: `${"1".repeat(40)}#x`, pattern: "(\\d+)+#" })).toBe("to-else");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("treats empty and blank as empty", () => {
    const rules: Rules = [{ id: "none", match: "all", tests: [{ left: { var: "note" }, op: "empty" }] }];
    expect(routeCall(rules, { note: "  " })).toBe("to-none");
    expect(routeCall(rules, { note: "x" })).toBe("to-else");
  });
});
