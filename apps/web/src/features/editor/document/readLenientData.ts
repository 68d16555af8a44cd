import { getNodeDefinition, type FlowNode, type NodeKind } from "@centrala/flow";
import type { z } from "zod";

/**
 * Parses a node's data for the editor's eyes and never throws. A draft may hold half-filled
 * settings (a new voicemail has no mailbox yet), so each field that does not parse takes the
 * kind's default instead, and validation reports what is missing.
 */
export function readLenientData(kind: NodeKind, data: FlowNode["data"]): unknown {
  const definition = getNodeDefinition(kind);
  const whole = definition.schema.safeParse(data);
  if (whole.success) return whole.data;
  const defaults = definition.defaultData() as Record<string, unknown>;
  const shape = (definition.schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const merged: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const own = schema.safeParse(data[key]);
    const fallback = own.success ? own : schema.safeParse(defaults[key]);
    merged[key] = fallback.success ? fallback.data : defaults[key];
  }
  return merged;
}
