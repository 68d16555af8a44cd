import type { FlowDocument } from "@centrala/flow";
import { readNodePorts } from "./readNodePorts";

export type ConnectionAttempt = { source: string; sourcePort: string | null | undefined; target: string };

/** Why a connection is refused; each reason has a plain-language message in the editor dictionary. */
export type ConnectionRefusal = "unknownNode" | "unknownPort" | "intoStart" | "startSelfLoop" | "portUsed" | "readOnly";

export type ConnectionCheck = { ok: true } | { ok: false; reason: ConnectionRefusal };

/**
 * Decides whether a drawn connection may be added. These are drawing rules (the structure an
 * edge may have), not flow validation, which stays in @centrala/flow.
 */
export function checkConnection(doc: FlowDocument, attempt: ConnectionAttempt, options: { replace?: boolean } = {}): ConnectionCheck {
  const source = doc.nodes.find((node) => node.id === attempt.source);
  const target = doc.nodes.find((node) => node.id === attempt.target);
  if (!source || !target) return { ok: false, reason: "unknownNode" };
  if (source.kind === "start" && source.id === target.id) return { ok: false, reason: "startSelfLoop" };
  if (target.kind === "start") return { ok: false, reason: "intoStart" };
  if (!attempt.sourcePort || !readNodePorts(source).some((port) => port.id === attempt.sourcePort)) {
    return { ok: false, reason: "unknownPort" };
  }
  const used = doc.edges.some((edge) => edge.source === source.id && edge.sourcePort === attempt.sourcePort);
  if (used && !options.replace) return { ok: false, reason: "portUsed" };
  return { ok: true };
}
