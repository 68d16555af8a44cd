import type { NodeConfig, Operand } from "@centrala/flow";
import { readDigitPattern } from "./readDigitPattern";

type Rule = NodeConfig<"condition">["rules"][number];
type Test = Rule["tests"][number];
type ReadVariable = (name: string) => string;

// Inputs longer than any phone entry are not matched against patterns at all (bounded work).
const maxMatchedLength = 64;
const numberPattern = /^-?\d+(?:\.\d+)?$/;

/** Tells whether a condition rule holds: all of its tests, or any of them. */
export function evaluateRule(rule: Rule, read: ReadVariable): boolean {
  return rule.match === "any"
    ? rule.tests.some((test) => evaluateTest(test, read))
    : rule.tests.every((test) => evaluateTest(test, read));
}

function evaluateTest(test: Test, read: ReadVariable): boolean {
  const left = readOperand(test.left, read);
  const right = test.right ? readOperand(test.right, read) : "";
  switch (test.op) {
    case "eq": return left === right;
    case "neq": return left !== right;
    case "lt": return compareValues(left, right) < 0;
    case "lte": return compareValues(left, right) <= 0;
    case "gt": return compareValues(left, right) > 0;
    case "gte": return compareValues(left, right) >= 0;
    case "contains": return left.includes(right);
    case "startsWith": return left.startsWith(right);
    case "matches": return matchPattern(left, right);
    case "empty": return left.trim() === "";
    case "notEmpty": return left.trim() !== "";
  }
}

function readOperand(operand: Operand, read: ReadVariable): string {
  return "var" in operand ? read(operand.var) : operand.value;
}

/** Compares as numbers when both sides are numbers (so "10" > "9"), otherwise as text. */
function compareValues(left: string, right: string): number {
  if (numberPattern.test(left) && numberPattern.test(right)) return Number(left) - Number(right);
  return left < right ? -1 : left > right ? 1 : 0;
}

function matchPattern(value: string, pattern: string): boolean {
  if (value.length > maxMatchedLength) return false;
  return readDigitPattern(pattern)?.test(value) ?? false;
}
