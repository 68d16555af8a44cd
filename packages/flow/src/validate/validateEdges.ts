import type { FlowDocument } from "../document";
import { createProblem } from "./catalogue";
import type { AnalyzedNode } from "./flowGraph";
import type { Problem } from "./problem";

/** Checks every connection and builds the source -> port -> target map (first edge wins). */
export function validateEdges(
  doc: FlowDocument,
  nodes: ReadonlyMap<string, AnalyzedNode>,
): { connections: Map<string, Map<string, string>>; problems: Problem[] } {
  const connections = new Map<string, Map<string, string>>();
  const problems: Problem[] = [];
  const edgeIds = new Set<string>();
  const reportedPorts = new Set<string>();
  for (const edge of doc.edges) {
    if (edgeIds.has(edge.id)) problems.push(createProblem("FLOW007", { edgeId: edge.id }));
    edgeIds.add(edge.id);
    const source = nodes.get(edge.source);
    if (!source) {
      problems.push(createProblem("FLOW024", { source: edge.source }));
      continue;
    }
    const where = { nodeId: edge.source, port: edge.sourcePort };
    const port = source.ports?.find((candidate) => candidate.id === edge.sourcePort);
    if (source.ports && !port) {
      problems.push(createProblem("FLOW025", { node: source.name, port: edge.sourcePort }, where));
      continue;
    }
    if (!nodes.has(edge.target)) {
      problems.push(createProblem("FLOW023", { node: source.name, target: edge.target }, where));
      continue;
    }
    const ports = connections.get(edge.source) ?? new Map<string, string>();
    connections.set(edge.source, ports);
    if (ports.has(edge.sourcePort)) {
      const key = `${edge.source}\u0000${edge.sourcePort}`;
      if (!reportedPorts.has(key)) {
        const label = port?.label ?? { en: edge.sourcePort, pl: edge.sourcePort };
        problems.push(createProblem("FLOW026", { node: source.name, port: label }, where));
      }
      reportedPorts.add(key);
      continue;
    }
    ports.set(edge.sourcePort, edge.target);
  }
  return { connections, problems };
}
