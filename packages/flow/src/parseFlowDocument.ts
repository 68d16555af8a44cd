import type { z } from "zod";
import { flowDocumentSchema, type FlowDocument } from "./document";
import { upgradeFlowDocument } from "./migrations/upgradeFlowDocument";
import { createProblem } from "./validate/catalogue";
import type { Problem } from "./validate/problem";
import type { Localized } from "./schema/localized";

export type ParseFlowResult = { ok: true; document: FlowDocument } | { ok: false; problems: Problem[] };

/** Parses a flow document from JSON text or a JSON value, upgrading older format versions. */
export function parseFlowDocument(json: unknown): ParseFlowResult {
  const raw = typeof json === "string" ? parseJsonText(json) : json;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [createProblem("FLOW001", {})] };
  }
  const upgraded = upgradeFlowDocument(raw as Record<string, unknown>);
  if (!upgraded.ok) return upgraded;
  const parsed = flowDocumentSchema.safeParse(upgraded.document);
  if (parsed.success) return { ok: true, document: parsed.data };
  return { ok: false, problems: convertIssuesToProblems(parsed.error.issues, upgraded.document) };
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function convertIssuesToProblems(issues: readonly z.core.$ZodIssue[], raw: Record<string, unknown>): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of issues) {
    const problem = convertLimitIssue(issue) ?? convertIssueToProblem(issue.path, raw);
    const key = `${problem.code}|${problem.message.en}`;
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  }
  return problems;
}

const collections = { nodes: "steps", edges: "connections", schedules: "schedules" } as const;

/** Too many steps, connections or schedules: a plain message rather than "damaged". */
function convertLimitIssue(issue: z.core.$ZodIssue): Problem | undefined {
  const [collection, ...rest] = issue.path;
  if (issue.code !== "too_big" || rest.length > 0 || typeof collection !== "string" || !(collection in collections)) return undefined;
  return createProblem("FLOW015", { limit: Number(issue.maximum), what: collections[collection as keyof typeof collections] });
}

function convertIssueToProblem(path: readonly PropertyKey[], raw: Record<string, unknown>): Problem {
  const [collection, index, property] = path;
  const item = typeof index === "number" ? readItem(raw[collection as string], index) : undefined;
  if (collection === "nodes" && item) {
    const nodeId = describeValue(item.id, `#${Number(index) + 1}`);
    if (property === "kind" && item.kind !== undefined) {
      return createProblem("FLOW004", { nodeId, kind: describeValue(item.kind, "?") }, { nodeId });
    }
    if (property === "id" && item.id !== undefined) return createProblem("FLOW005", { nodeId });
  }
  return createProblem("FLOW008", { location: describeLocation(path, item) });
}

function readItem(collection: unknown, index: number): Record<string, unknown> | undefined {
  const item: unknown = Array.isArray(collection) ? collection[index] : undefined;
  return typeof item === "object" && item !== null ? (item as Record<string, unknown>) : undefined;
}

function describeValue(value: unknown, fallback: string): string {
  return typeof value === "string" || typeof value === "number" ? String(value).slice(0, 80) : fallback;
}

function describeLocation(path: readonly PropertyKey[], item: Record<string, unknown> | undefined): Localized {
  const [collection, index, ...rest] = path;
  const tail = rest.map(String).join(".");
  const suffix = tail === "" ? "" : `, ${tail}`;
  const id = describeValue(item?.id, `#${Number(index) + 1}`);
  if (collection === "nodes" && typeof index === "number") return { en: `node “${id}”${suffix}`, pl: `węzeł „${id}”${suffix}` };
  if (collection === "edges" && typeof index === "number") return { en: `connection “${id}”${suffix}`, pl: `połączenie „${id}”${suffix}` };
  const whole = path.map(String).join(".") || "document";
  return { en: whole, pl: whole === "document" ? "dokument" : whole };
}
