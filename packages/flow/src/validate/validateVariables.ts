import { isBuiltInVariable } from "../schema/varName";
import { createProblem } from "./catalogue";
import { findStronglyConnected } from "./findStronglyConnected";
import type { FlowGraph } from "./flowGraph";
import type { Problem } from "./problem";

/**
 * Warns when a step reads a variable that no path from the start sets. A warning, not an
 * error: a flow entered through "Go to flow" keeps the variables the calling flow set, which
 * this flow cannot see. Built-in variables are always set.
 */
export function validateVariables(graph: FlowGraph, reachable: ReadonlySet<string>): Problem[] {
  const reads = listReads(graph, reachable);
  const wanted = [...new Set([...reads.values()].flat())];
  if (wanted.length === 0) return [];
  const isSetOnArrival = computeSetOnArrival(graph, reachable, wanted);
  const problems: Problem[] = [];
  for (const [id, variables] of reads) {
    const analyzed = graph.nodes.get(id);
    for (const variable of variables) {
      if (!analyzed || isSetOnArrival(id, variable)) continue;
      problems.push(createProblem("FLOW038", { node: analyzed.name, variable }, { nodeId: id }));
    }
  }
  return problems;
}

/** For each reachable node with parsed data, the non-built-in variables it reads. */
function listReads(graph: FlowGraph, reachable: ReadonlySet<string>): Map<string, string[]> {
  const reads = new Map<string, string[]>();
  for (const id of reachable) {
    const analyzed = graph.nodes.get(id);
    if (!analyzed || analyzed.data === undefined) continue;
    const variables = [...new Set(analyzed.definition.listReadVariables(analyzed.data))].filter((name) => !isBuiltInVariable(name));
    if (variables.length > 0) reads.set(id, variables);
  }
  return reads;
}

/**
 * Forward "set on some path" analysis with one bit per wanted variable. Nodes in one loop
 * (strongly connected component) share what they know, so one pass over the components in
 * topological order is enough: linear in the graph times the number of variables / 32.
 */
function computeSetOnArrival(graph: FlowGraph, reachable: ReadonlySet<string>, wanted: readonly string[]) {
  const bitOf = new Map(wanted.map((variable, index) => [variable, index]));
  const words = Math.ceil(wanted.length / 32);
  const listNext = (id: string) => [...(graph.connections.get(id)?.values() ?? [])].filter((next) => reachable.has(next));
  // Tarjan emits a component only after every component it leads to, so reverse for topological order.
  const components = findStronglyConnected([...reachable], listNext).reverse();
  const componentOf = new Map<string, number>();
  components.forEach((members, index) => members.forEach((id) => componentOf.set(id, index)));
  const arriving = components.map(() => new Uint32Array(words));

  const addSetBits = (target: Uint32Array, id: string, port: string) => {
    const analyzed = graph.nodes.get(id);
    if (!analyzed || analyzed.data === undefined) return;
    for (const variable of analyzed.definition.listSetVariables(analyzed.data, port)) {
      const bit = bitOf.get(variable);
      if (bit !== undefined) target[bit >>> 5] = (target[bit >>> 5] as number) | (1 << (bit & 31));
    }
  };

  components.forEach((members, index) => {
    const known = arriving[index] as Uint32Array;
    for (const id of members) {
      for (const [port, next] of graph.connections.get(id) ?? []) {
        if (componentOf.get(next) === index) addSetBits(known, id, port);
      }
    }
    for (const id of members) {
      for (const [port, next] of graph.connections.get(id) ?? []) {
        const target = componentOf.get(next);
        if (target === undefined || target === index) continue;
        const into = arriving[target] as Uint32Array;
        for (let word = 0; word < words; word += 1) into[word] = (into[word] as number) | (known[word] as number);
        addSetBits(into, id, port);
      }
    }
  });

  return (id: string, variable: string): boolean => {
    const component = componentOf.get(id);
    const bit = bitOf.get(variable);
    if (component === undefined || bit === undefined) return false;
    return (((arriving[component] as Uint32Array)[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  };
}
