import type { z } from "zod";
import type { Localized } from "../schema/localized";
import type { Problem } from "../validate/problem";
import type { ProblemCode, ProblemParams } from "../validate/catalogue";
import type { ValidationContext } from "../validate/context";
import type { FlowSchedule } from "../schedules/flowSchedule";
import type { NodeKind } from "./kinds";

/** Codes a port may use instead of the generic "nothing connected" problem. */
export type MissingPortCode = "FLOW030" | "FLOW032" | "FLOW033";

/** One output of a node, in the order the editor draws them. */
export type PortSpec = {
  id: string;
  label: Localized;
  required: boolean;
  /** A kind-specific catalogue code for when this required port is left unconnected. */
  missingCode?: MissingPortCode;
};

/** A node whose data has been parsed by its kind's schema (defaults filled in). */
export type ParsedNode<Data> = { id: string; label?: string; data: Data };

/** Params of a catalogue code without the node name, which the context fills in. */
type ParamsWithoutNode<C extends ProblemCode> = Omit<ProblemParams<C>, "node">;

/** What a kind's `validate` gets besides the node. */
export type NodeCheckContext = {
  references: ValidationContext;
  /** How messages name this node: its label, or its kind name when it has none. */
  name: Localized;
  /** The document's shared schedules by id. */
  schedules: ReadonlyMap<string, FlowSchedule>;
  /** Builds a problem pointing at this node (and port). */
  report<C extends ProblemCode>(code: C, params: ParamsWithoutNode<C>, port?: string): Problem;
};

/** What a kind's `compile` gets besides the node: the parts of the document it may draw on. */
export type NodeCompileContext = {
  /** The document's shared schedules by id. */
  schedules: ReadonlyMap<string, FlowSchedule>;
};

/** Everything the product knows about one node kind. The registry lists one per kind. */
export interface NodeDefinition<K extends NodeKind, S extends z.ZodType, C> {
  readonly kind: K;
  readonly labels: Localized;
  readonly description: Localized;
  /** An icon name for the editor palette (lucide-style). */
  readonly icon: string;
  /** The node's data schema; each field carries editor metadata (see `field`). */
  readonly schema: S;
  defaultData(): z.input<S>;
  ports(data: z.output<S>): PortSpec[];
  validate(node: ParsedNode<z.output<S>>, ctx: NodeCheckContext): Problem[];
  /** The node's IR config: data with defaults filled in and nothing the editor alone needs. */
  compile(node: ParsedNode<z.output<S>>, ctx: NodeCompileContext): C;
  /** Whether the node waits for the caller or a call event, which makes a loop through it safe. */
  waitsForCaller(data: z.output<S>): boolean;
  /** Variables the node reads before it sets any of its own. */
  listReadVariables(data: z.output<S>): string[];
  /** Variables the node has set when the call leaves through `port`. */
  listSetVariables(data: z.output<S>, port: string): string[];
  /** The tenant's queues, extensions, flows and mailboxes the step uses (none when absent). */
  listReferences?(data: z.output<S>): NodeReferences;
}

/** What a step points at outside the flow (prompts are found in any step's data, so not listed). */
export type NodeReferences = { queueIds?: string[]; extensions?: string[]; flowIds?: string[]; mailboxes?: string[] };

/** Any node definition, as the flow-level code sees it. */
export type AnyNodeDefinition = NodeDefinition<NodeKind, z.ZodType, unknown>;

/** Declares a node kind; only here to infer the generic parameters. */
export function defineNode<K extends NodeKind, S extends z.ZodType, C>(definition: NodeDefinition<K, S, C>): NodeDefinition<K, S, C> {
  return definition;
}

/** For kinds that neither read nor set variables. */
export function listNoVariables(): string[] {
  return [];
}
