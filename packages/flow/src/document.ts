import { z } from "zod";
import { nodeKindSchema } from "./nodes/kinds";
import { flowScheduleSchema } from "./schedules/flowSchedule";
import { sortKeysDeep } from "./stableStringify";

export const nodeIdPattern = /^[A-Za-z0-9_-]{1,64}$/;
export const nodeIdSchema = z.string().regex(nodeIdPattern);

export const positionSchema = z.object({ x: z.number(), y: z.number() });

export const flowNodeSchema = z.object({
  id: nodeIdSchema,
  kind: nodeKindSchema,
  position: positionSchema,
  label: z.string().max(200).optional(),
  // Data is checked per kind by validation, not here: a draft may hold half-filled settings
  // and must still save. It must be plain JSON so import/export round-trips exactly.
  // "__proto__" is refused because assigning it would change the object's prototype instead.
  data: z.record(z.string().refine((key) => key !== "__proto__"), z.json()),
});
/** One step on the canvas. */
export type FlowNode = z.infer<typeof flowNodeSchema>;

export const flowEdgeSchema = z.object({
  id: z.string().min(1).max(200),
  source: z.string().max(200),
  sourcePort: z.string().min(1).max(200),
  target: z.string().max(200),
});
/** One connection, stored once, by its source port. */
export type FlowEdge = z.infer<typeof flowEdgeSchema>;

/** The most steps one flow can have; a bigger call plan is split into flows ("Go to flow"). */
export const maxFlowNodes = 20_000;
/** The most shared schedules one flow can have. */
export const maxSchedules = 100;

export const flowDocumentSchema = z.object({
  // parseFlowDocument upgrades older formats first, so a parsed document is in the current one.
  version: z.number().int().min(1),
  nodes: z.array(flowNodeSchema).max(maxFlowNodes),
  edges: z.array(flowEdgeSchema).max(100_000),
  /** Shared opening hours (format 3 on); absent in older documents and when there are none. */
  schedules: z.array(flowScheduleSchema).max(maxSchedules).optional(),
});
/** A flow as drawn on the canvas and stored (see `currentFlowVersion`). */
export type FlowDocument = z.infer<typeof flowDocumentSchema>;

/** Writes a document as stable, readable JSON; parsing it gives back an identical document. */
export function exportFlowDocument(doc: FlowDocument): string {
  const canonical = {
    version: doc.version,
    nodes: doc.nodes.map((node) => ({
      id: node.id,
      kind: node.kind,
      ...(node.label === undefined ? {} : { label: node.label }),
      position: { x: node.position.x, y: node.position.y },
      data: sortKeysDeep(node.data),
    })),
    edges: doc.edges.map((edge) => ({ id: edge.id, source: edge.source, sourcePort: edge.sourcePort, target: edge.target })),
    ...(doc.schedules?.length ? { schedules: doc.schedules.map((schedule) => ({ id: schedule.id, name: schedule.name, hours: sortKeysDeep(schedule.hours) })) } : {}),
  };
  return `${JSON.stringify(canonical, null, 2)}\n`;
}
