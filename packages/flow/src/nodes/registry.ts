import type { z } from "zod";
import type { AnyNodeDefinition, NodeDefinition } from "./definition";
import type { NodeKind } from "./kinds";
import { start } from "./start";
import { play } from "./play";
import { menu } from "./menu";
import { collect } from "./collect";
import { hours } from "./hours";
import { condition } from "./condition";
import { queue } from "./queue";
import { ringGroup } from "./ringGroup";
import { transfer } from "./transfer";
import { conference } from "./conference";
import { record } from "./record";
import { voicemail } from "./voicemail";
import { http } from "./http";
import { setVariable } from "./setVariable";
import { gotoFlow } from "./gotoFlow";
import { hangup } from "./hangup";

export type { NodeKind } from "./kinds";

/** Every node kind's definition. A kind missing here, or missing a piece, is a type error. */
export const nodeDefinitions = {
  start, play, menu, collect, hours, condition, queue, ringGroup,
  transfer, conference, record, voicemail, http, setVariable, gotoFlow, hangup,
} satisfies { [K in NodeKind]: NodeDefinition<K, z.ZodType, unknown> };

type Definitions = typeof nodeDefinitions;

/** A kind's data as stored in the document (defaults may be missing). */
export type NodeData<K extends NodeKind> = z.input<Definitions[K]["schema"]>;
/** A kind's data after parsing (defaults filled in). */
export type ParsedNodeData<K extends NodeKind> = z.output<Definitions[K]["schema"]>;
/** A kind's config in the IR, as its `compile` returns it. */
export type NodeConfig<K extends NodeKind> = ReturnType<Definitions[K]["compile"]>;

/** Looks up a kind's definition without its kind-specific types, for flow-wide passes. */
export function getNodeDefinition(kind: NodeKind): AnyNodeDefinition {
  return nodeDefinitions[kind] as AnyNodeDefinition;
}
