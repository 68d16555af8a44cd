import type { z } from "zod";
import type { Localized } from "../schema/localized";
import type { AnyNodeDefinition } from "../nodes/definition";
import { createProblem } from "./catalogue";
import { findFieldLabel } from "./findFieldLabel";
import type { Problem } from "./problem";

export type NodeDataResult = { ok: true; data: unknown } | { ok: false; problems: Problem[] };

/** Parses a node's data with its kind's schema, turning issues into field-level problems. */
export function validateNodeData(
  nodeId: string,
  name: Localized,
  definition: AnyNodeDefinition,
  data: unknown,
): NodeDataResult {
  const parsed = definition.schema.safeParse(data);
  if (parsed.success) return { ok: true, data: parsed.data };
  const problems = new Map<string, Problem>();
  for (const issue of parsed.error.issues) {
    const problem = convertIssue(issue, { nodeId, name, definition, data });
    problems.set(`${problem.code}|${problem.message.en}`, problem);
  }
  return { ok: false, problems: [...problems.values()] };
}

type IssueSource = { nodeId: string; name: Localized; definition: AnyNodeDefinition; data: unknown };

function convertIssue(issue: z.core.$ZodIssue, source: IssueSource): Problem {
  const top = issue.path[0];
  const field = findFieldLabel(source.definition.schema, issue.path)
    ?? { en: String(top ?? "settings"), pl: String(top ?? "ustawienia") };
  const where = { nodeId: source.nodeId };
  const node = source.name;
  if (issue.code === "invalid_type" && readAtPath(source.data, issue.path) === undefined) {
    return createProblem("FLOW010", { node, field }, where);
  }
  if (issue.code === "too_small" || issue.code === "too_big") {
    const limit = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
    const unit = issue.origin === "array" || issue.origin === "set" ? "items" : issue.origin === "string" ? "characters" : "value";
    // "At least one" reads better as "must be filled in", for text and lists alike.
    if (issue.code === "too_small" && unit !== "value" && limit === 1) return createProblem("FLOW010", { node, field }, where);
    return createProblem(issue.code === "too_small" ? "FLOW011" : "FLOW012", { node, field, limit, unit }, where);
  }
  return createProblem("FLOW013", { node, field }, where);
}

function readAtPath(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
