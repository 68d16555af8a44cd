import type { FlowDocument } from "../document";
import { irVersion, type FlowIR, type IrNode } from "../ir";
import { sortKeysDeep } from "../stableStringify";
import type { ValidationContext } from "../validate/context";
import { hasBlockingProblems, type Problem } from "../validate/problem";
import { analyzeFlow } from "../validate/validateFlow";
import { indexSchedules } from "../schedules/flowSchedule";

export type CompileResult = { ok: true; ir: FlowIR; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Validates and compiles a flow into IR. Refuses while any error remains; on success returns
 * the warnings. Object keys are sorted, so the same document gives byte-identical JSON.
 */
export function compileFlow(doc: FlowDocument, context: ValidationContext = {}): CompileResult {
  const { graph, problems } = analyzeFlow(doc, context);
  if (hasBlockingProblems(problems) || graph.startId === undefined) return { ok: false, problems };
  const nodes: Record<string, IrNode> = {};
  const compileContext = { schedules: indexSchedules(doc.schedules) };
  for (const [id, analyzed] of graph.nodes) {
    const { node, definition, data } = analyzed;
    const config = definition.compile({ id, ...(node.label === undefined ? {} : { label: node.label }), data }, compileContext);
    const next = Object.fromEntries(graph.connections.get(id) ?? []);
    nodes[id] = { kind: node.kind, config, next } as IrNode;
  }
  const ir: FlowIR = { version: irVersion, start: graph.startId, nodes };
  return { ok: true, ir: sortKeysDeep(ir), problems };
}
