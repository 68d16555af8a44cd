import { createProblem } from "./catalogue";
import { listSuccessors, type FlowGraph } from "./flowGraph";
import type { Problem } from "./problem";

/** Finds the start node: none and more than one are both errors. */
export function validateStart(graph: Pick<FlowGraph, "nodes">): { startId?: string; problems: Problem[] } {
  const starts = [...graph.nodes.values()].filter((analyzed) => analyzed.node.kind === "start");
  const [first, ...extra] = starts;
  if (!first) return { problems: [createProblem("FLOW020", {})] };
  const problems = extra.map((analyzed) => createProblem("FLOW021", { node: analyzed.name }, { nodeId: analyzed.node.id }));
  return { startId: first.node.id, problems };
}

/** Reports required exits left unconnected, with the kind's own code when it has one. */
export function validateRequiredPorts(graph: FlowGraph): Problem[] {
  const problems: Problem[] = [];
  for (const [id, analyzed] of graph.nodes) {
    const connected = graph.connections.get(id);
    for (const port of analyzed.ports ?? []) {
      if (!port.required || connected?.has(port.id)) continue;
      const where = { nodeId: id, port: port.id };
      problems.push(port.missingCode
        ? createProblem(port.missingCode, { node: analyzed.name }, where)
        : createProblem("FLOW022", { node: analyzed.name, port: port.label }, where));
    }
  }
  return problems;
}

/** Lists the nodes a call can reach from the start. */
export function findReachableNodes(graph: FlowGraph): Set<string> {
  const reached = new Set<string>();
  if (graph.startId === undefined) return reached;
  const pending = [graph.startId];
  reached.add(graph.startId);
  while (pending.length > 0) {
    const id = pending.pop() as string;
    for (const next of listSuccessors(graph, id)) {
      if (!reached.has(next)) {
        reached.add(next);
        pending.push(next);
      }
    }
  }
  return reached;
}

/** Warns about nodes no call can reach (only when there is a start to reach them from). */
export function validateReachability(graph: FlowGraph, reachable: ReadonlySet<string>): Problem[] {
  if (graph.startId === undefined) return [];
  return [...graph.nodes.values()]
    .filter((analyzed) => !reachable.has(analyzed.node.id))
    .map((analyzed) => createProblem("FLOW027", { node: analyzed.name }, { nodeId: analyzed.node.id }));
}
