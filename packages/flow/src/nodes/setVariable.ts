import { z } from "zod";
import { field } from "../schema/field";
import { templateSchema, readTemplateVariables } from "../schema/template";
import { varNameSchema } from "../schema/varName";
import { validateAssignedVariables } from "../validate/checkReferences";
import { defineNode } from "./definition";
import { createPort, portLabels } from "./ports";

export const assignmentSchema = z.object({ variable: varNameSchema, value: templateSchema });
export type Assignment = z.infer<typeof assignmentSchema>;

export const setVariableDataSchema = z.object({
  assignments: field(z.array(assignmentSchema).min(1).max(50), { en: "Values to set", pl: "Wartości do ustawienia" }, {
    en: "Each name gets its text; text may include other values like {{caller}}.",
    pl: "Każda nazwa otrzymuje swój tekst; tekst może zawierać inne wartości, np. {{caller}}.",
  }),
});
export type SetVariableData = z.infer<typeof setVariableDataSchema>;

/** Lists variables read by the assignments, skipping those set by an earlier assignment. */
function listAssignmentReads(assignments: readonly Assignment[]): string[] {
  const assigned = new Set<string>();
  const reads = new Set<string>();
  for (const assignment of assignments) {
    for (const name of readTemplateVariables(assignment.value)) if (!assigned.has(name)) reads.add(name);
    assigned.add(assignment.variable);
  }
  return [...reads];
}

/** Sets call variables, in order, from text with placeholders. */
export const setVariable = defineNode({
  kind: "setVariable",
  labels: { en: "Set variable", pl: "Ustaw zmienną" },
  description: { en: "Remembers a value for later steps.", pl: "Zapamiętuje wartość na potrzeby kolejnych kroków." },
  icon: "variable",
  schema: setVariableDataSchema,
  defaultData: () => ({ assignments: [{ variable: "note", value: "" }] }),
  ports: () => [createPort("next", portLabels.next, true)],
  validate: (node, ctx) => validateAssignedVariables(node.data.assignments.map((assignment) => assignment.variable), ctx),
  compile: (node): SetVariableData => node.data,
  waitsForCaller: () => false,
  listReadVariables: (data) => listAssignmentReads(data.assignments),
  listSetVariables: (data, port) => (port === "next" ? data.assignments.map((assignment) => assignment.variable) : []),
});
