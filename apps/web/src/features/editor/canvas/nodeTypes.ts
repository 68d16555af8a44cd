import type { ComponentType } from "react";
import type { NodeProps } from "@xyflow/react";
import type { NodeKind } from "@centrala/flow";
import type { CanvasNode } from "../document/canvasTypes";
import { StepNode } from "./nodes/StepNode";

// Module scope: React Flow re-mounts every node if this object changes identity between renders.
// One entry per kind, checked against the kind list: a new kind without a component is a type error.
export const nodeTypes = {
  start: StepNode, play: StepNode, menu: StepNode, collect: StepNode, hours: StepNode, condition: StepNode,
  queue: StepNode, ringGroup: StepNode, transfer: StepNode, conference: StepNode, record: StepNode,
  voicemail: StepNode, http: StepNode, setVariable: StepNode, gotoFlow: StepNode, hangup: StepNode,
} satisfies Record<NodeKind, ComponentType<NodeProps<CanvasNode>>>;
