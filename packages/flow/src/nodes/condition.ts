import { z } from "zod";
import { field } from "../schema/field";
import { operandSchema, comparisonOperatorSchema, unaryOperators, readOperandVariables } from "../schema/operand";
import { isValidDigitPattern } from "../schema/digitPattern";
import type { Problem } from "../validate/problem";
import { defineNode, listNoVariables, type NodeCheckContext } from "./definition";
import { createPort, portLabels } from "./ports";

export const conditionTestSchema = z.object({
  left: operandSchema,
  op: comparisonOperatorSchema,
  right: operandSchema.optional(),
});
export type ConditionTest = z.infer<typeof conditionTestSchema>;

export const conditionRuleSchema = z.object({
  // The rule id names its exit (`rule:<id>`), so it follows the same rules as node ids.
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  match: z.enum(["all", "any"]).default("all"),
  tests: z.array(conditionTestSchema).min(1).max(20),
});
export type ConditionRule = z.infer<typeof conditionRuleSchema>;

const rulesLabel = { en: "Rules", pl: "Reguły" };

export const conditionDataSchema = z.object({
  rules: field(z.array(conditionRuleSchema).min(1).max(20), rulesLabel, {
    en: "Checked from the top; the call takes the exit of the first rule that holds.",
    pl: "Sprawdzane od góry; połączenie idzie wyjściem pierwszej spełnionej reguły.",
  }),
});
export type ConditionData = z.infer<typeof conditionDataSchema>;

function validateTest(test: ConditionTest, ctx: NodeCheckContext): Problem[] {
  if (unaryOperators.includes(test.op)) return [];
  if (!test.right) return [ctx.report("FLOW050", {})];
  if (test.op === "matches" && "value" in test.right && !isValidDigitPattern(test.right.value)) {
    return [ctx.report("FLOW044", { field: rulesLabel })];
  }
  return [];
}

function findDuplicateRuleIds(rules: readonly ConditionRule[]): string[] {
  const ids = rules.map((rule) => rule.id);
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** Branches on call variables: the first rule that holds wins, otherwise "else". */
export const condition = defineNode({
  kind: "condition",
  labels: { en: "Condition", pl: "Warunek" },
  description: { en: "Chooses a path by comparing values.", pl: "Wybiera ścieżkę, porównując wartości." },
  icon: "git-branch",
  schema: conditionDataSchema,
  defaultData: () => ({
    rules: [{ id: "r1", match: "all" as const, tests: [{ left: { var: "caller" }, op: "startsWith" as const, right: { value: "+48" } }] }],
  }),
  ports: (data) => [
    ...data.rules.filter((rule, index, all) => all.findIndex((other) => other.id === rule.id) === index)
      .map((rule, index) => createPort(`rule:${rule.id}`, { en: `Rule ${index + 1}`, pl: `Reguła ${index + 1}` }, true)),
    createPort("else", portLabels.else, true),
  ],
  validate: (node, ctx) => [
    ...findDuplicateRuleIds(node.data.rules).map((ruleId) => ctx.report("FLOW045", { ruleId })),
    ...node.data.rules.flatMap((rule) => rule.tests.flatMap((test) => validateTest(test, ctx))),
  ],
  compile: (node): ConditionData => ({
    // `right` means nothing for empty/notEmpty; dropping it keeps the engine's input minimal.
    rules: node.data.rules.map((rule) => ({
      ...rule,
      tests: rule.tests.map((test) => (unaryOperators.includes(test.op) ? { left: test.left, op: test.op } : test)),
    })),
  }),
  waitsForCaller: () => false,
  listReadVariables: (data) => data.rules.flatMap((rule) =>
    rule.tests.flatMap((test) => [
      ...readOperandVariables(test.left),
      ...(unaryOperators.includes(test.op) ? [] : readOperandVariables(test.right)),
    ])),
  listSetVariables: listNoVariables,
});
