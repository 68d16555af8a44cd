import { getNodeDefinition, type FlowNode, type PortSpec } from "@centrala/flow";
import { readLenientData } from "./readLenientData";

const cache = new WeakMap<FlowNode["data"], PortSpec[]>();

/** A node's exits as its kind defines them; half-filled data falls back field by field to defaults. */
export function readNodePorts(node: Pick<FlowNode, "kind" | "data">): PortSpec[] {
  const cached = cache.get(node.data);
  if (cached) return cached;
  const definition = getNodeDefinition(node.kind);
  let ports: PortSpec[];
  try {
    ports = definition.ports(readLenientData(node.kind, node.data));
  } catch {
    // Data too broken to name its exits: draw none; validation explains what is wrong.
    ports = [];
  }
  cache.set(node.data, ports);
  return ports;
}
