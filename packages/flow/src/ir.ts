import type { NodeConfig, NodeKind } from "./nodes/registry";

/** The IR format version; the engine refuses IR it does not know. */
export const irVersion = 1;

/** One compiled node of kind K: its config and where each connected exit leads. */
export type IrNodeOf<K extends NodeKind> = {
  kind: K;
  config: NodeConfig<K>;
  /** Port id -> target node id. Holds only connected ports; the engine hangs up on a missing one. */
  next: Record<string, string>;
};

/** One compiled node; narrow on `kind` to get its config type. */
export type IrNode = { [K in NodeKind]: IrNodeOf<K> }[NodeKind];

/** A compiled flow, as published and as the engine runs it. No positions, labels or UI fields. */
export type FlowIR = {
  version: typeof irVersion;
  start: string;
  nodes: Record<string, IrNode>;
};
