import { z } from "zod";

/** Every node kind, in palette order. Kind strings are stored data: never rename one. */
export const nodeKinds = [
  "start", "play", "menu", "collect", "hours", "condition", "queue", "ringGroup",
  "transfer", "conference", "record", "voicemail", "http", "setVariable", "gotoFlow", "hangup",
] as const;

export const nodeKindSchema = z.enum(nodeKinds);
/** The kind of a node, e.g. `menu`. */
export type NodeKind = z.infer<typeof nodeKindSchema>;

/** Tells whether a string is a known node kind. */
export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === "string" && (nodeKinds as readonly string[]).includes(value);
}
