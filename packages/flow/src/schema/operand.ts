import { z } from "zod";
import { varNameSchema } from "./varName";

export const variableOperandSchema = z.strictObject({ var: varNameSchema });
export const valueOperandSchema = z.strictObject({ value: z.string().max(500) });

export const operandSchema = z.union([variableOperandSchema, valueOperandSchema]);
/** One side of a comparison: a call variable or a fixed value. */
export type Operand = z.infer<typeof operandSchema>;

export const comparisonOperators = [
  "eq", "neq", "lt", "lte", "gt", "gte", "contains", "startsWith", "matches", "empty", "notEmpty",
] as const;
export const comparisonOperatorSchema = z.enum(comparisonOperators);
export type ComparisonOperator = z.infer<typeof comparisonOperatorSchema>;

/** Operators that look at the left side only, so `right` is ignored. */
export const unaryOperators: readonly ComparisonOperator[] = ["empty", "notEmpty"];

/** Lists the variables an operand reads. */
export function readOperandVariables(operand: Operand | undefined): string[] {
  return operand && "var" in operand ? [operand.var] : [];
}
