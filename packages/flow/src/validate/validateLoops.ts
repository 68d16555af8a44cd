import type { Localized } from "../schema/localized";
import { createProblem } from "./catalogue";
import { findStronglyConnected } from "./findStronglyConnected";
import type { FlowGraph } from "./flowGraph";
import type { Problem } from "./problem";

const maxNamesShown = 6;

/**
 * Reports loops made only of steps that never wait for the caller or a call event
 * (e.g. set variable -> condition -> set variable): the engine would spin without end.
 * Nodes whose data did not parse count as waiting, so one bad field does not add a loop error.
 */
export function validateLoops(graph: FlowGraph): Problem[] {
  const instant = [...graph.nodes.values()]
    .filter((analyzed) => analyzed.data !== undefined && !analyzed.definition.waitsForCaller(analyzed.data))
    .map((analyzed) => analyzed.node.id);
  const instantSet = new Set(instant);
  const listNext = (id: string) => [...(graph.connections.get(id)?.values() ?? [])].filter((next) => instantSet.has(next));
  const order = new Map([...graph.nodes.keys()].map((id, position) => [id, position]));
  const problems: Problem[] = [];
  for (const component of findStronglyConnected(instant, listNext)) {
    const [only] = component;
    const isLoop = component.length > 1 || (only !== undefined && listNext(only).includes(only));
    if (!isLoop) continue;
    const members = [...component].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    problems.push(createProblem("FLOW028", { steps: joinNames(members, graph) }, { nodeId: members[0] as string }));
  }
  return problems;
}

function joinNames(ids: readonly string[], graph: FlowGraph): Localized {
  const names = ids.slice(0, maxNamesShown).map((id) => graph.nodes.get(id)?.name ?? { en: id, pl: id });
  const more = ids.length > maxNamesShown ? ", …" : "";
  return {
    en: names.map((name) => `“${name.en}”`).join(", ") + more,
    pl: names.map((name) => `„${name.pl}”`).join(", ") + more,
  };
}
