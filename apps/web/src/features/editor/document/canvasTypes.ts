import type { Edge, Node } from "@xyflow/react";
import type { FlowNode, NodeKind, PortSpec, Problem } from "@centrala/flow";
import type { DiffMark } from "./diffDocuments";

/** What a node component draws: the document node plus overlays derived from it. */
export type CanvasNodeData = {
  node: FlowNode;
  ports: PortSpec[];
  /** Ids of exits that lead somewhere, joined (a string so memo comparison stays cheap). */
  connected: string;
  problems: readonly Problem[];
  diff?: DiffMark;
  run?: "active" | "visited";
  /** A node that exists only in the version being compared (drawn faded, cannot be touched). */
  ghost?: boolean;
  /** Errors are shown as errors (red) once publishing was tried; before, as "needs setup". */
  strict?: boolean;
};

/** React Flow's view of a document node; its `type` is the node kind. */
export type CanvasNode = Node<CanvasNodeData, NodeKind>;
export type CanvasEdge = Edge;

/** Everything drawn over the document that is not part of it. */
export type CanvasOverlay = {
  problems: ReadonlyMap<string, readonly Problem[]>;
  diff?: { marks: ReadonlyMap<string, DiffMark>; removedNodes: readonly FlowNode[] } | undefined;
  activeNodeId?: string | null | undefined;
  visited?: ReadonlySet<string> | undefined;
  readOnly: boolean;
  /** Publishing was tried: errors show red. Until then unfinished steps read "needs setup", in grey. */
  strict: boolean;
};

/** The id of every node's single entrance handle. */
export const targetHandleId = "in";
