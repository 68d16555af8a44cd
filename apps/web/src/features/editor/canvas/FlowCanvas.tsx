"use client";

import "@xyflow/react/dist/style.css";
import "./canvasFocus.css";
import { useState, type DragEvent, type ReactNode, type RefObject } from "react";
import {
  Background, BackgroundVariant, Controls, MiniMap, ReactFlow, useReactFlow,
  type Connection, type EdgeChange, type FinalConnectionState, type NodeChange,
} from "@xyflow/react";
import { isNodeKind, type NodeKind } from "@centrala/flow";
import type { CanvasEdge, CanvasNode } from "../document/canvasTypes";
import { useEditorT } from "../i18n/useEditorT";
import { nodeTypes } from "./nodeTypes";
import { pickOpeningNodes } from "./pickOpeningNodes";
import { paletteDragType } from "./Palette";
import { fitViewPadding } from "./fitViewPadding";

type Props = {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  readOnly: boolean;
  wrapper: RefObject<HTMLDivElement | null>;
  onNodesChange: (changes: NodeChange<CanvasNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<CanvasEdge>[]) => void;
  onConnect: (connection: Connection) => void;
  onConnectEnd: (event: MouseEvent | TouchEvent, state: FinalConnectionState) => void;
  isValidConnection: (connection: Connection | CanvasEdge) => boolean;
  onDropKind: (kind: NodeKind, position: { x: number; y: number }) => void;
  children?: ReactNode;
};

/** From this many steps the flow opens on its beginning instead of showing the whole of it. */
const bigFlow = 60;

const miniMapColours: Record<string, string> = { error: "#fca5a5", setup: "#94a3b8", warning: "#fcd34d", normal: "#cbd5e1" };

/** The React Flow surface: nodes, edges, minimap, zoom controls and the palette drop target. */
export function FlowCanvas(props: Props) {
  const t = useEditorT();
  const flow = useReactFlow<CanvasNode, CanvasEdge>();

  // A new flow (just the incoming call) starts at the top with room below to build downwards;
  // a bigger flow is shown whole.
  const [showWhole] = useState(props.nodes.length > 2);
  const [openingView] = useState(() =>
    props.nodes.length > bigFlow ? { padding: fitViewPadding, maxZoom: 1, nodes: pickOpeningNodes(props.nodes, props.edges, 12) } : { padding: fitViewPadding, maxZoom: 1 });
  const placeAtTop = () => {
    const rect = props.wrapper.current?.getBoundingClientRect();
    const first = props.nodes[0];
    if (rect && first) void flow.setViewport({ x: rect.width / 2 - first.position.x - 120, y: 48 - first.position.y, zoom: 1 });
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(paletteDragType)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  };
  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(paletteDragType);
    if (!isNodeKind(kind)) return;
    event.preventDefault();
    props.onDropKind(kind, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  return (
    <div ref={props.wrapper} id="editor-canvas" tabIndex={-1} className="relative h-full w-full outline-none" onDragOver={onDragOver} onDrop={onDrop} data-testid="flow-canvas">
      <ReactFlow<CanvasNode, CanvasEdge>
        nodes={props.nodes}
        edges={props.edges}
        nodeTypes={nodeTypes}
        onNodesChange={props.onNodesChange}
        onEdgesChange={props.onEdgesChange}
        onConnect={props.onConnect}
        onConnectEnd={props.onConnectEnd}
        isValidConnection={props.isValidConnection}
        nodesDraggable={!props.readOnly}
        nodesConnectable={!props.readOnly}
        deleteKeyCode={null}
        multiSelectionKeyCode={["Meta", "Control"]}
        selectionKeyCode="Shift"
        onlyRenderVisibleElements
        minZoom={0.1}
        maxZoom={2}
        fitView={showWhole}
        fitViewOptions={openingView}
        onInit={showWhole ? undefined : placeAtTop}
        defaultEdgeOptions={{ type: "smoothstep" }}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={{
          "node.a11yDescription.default": t("canvas.a11yNode"),
          "node.a11yDescription.keyboardDisabled": t("canvas.a11yNode"),
          "edge.a11yDescription.default": t("canvas.a11yEdge"),
          "controls.ariaLabel": t("canvas.controls"),
          "controls.zoomIn.ariaLabel": t("canvas.zoomIn"),
          "controls.zoomOut.ariaLabel": t("canvas.zoomOut"),
          "controls.fitView.ariaLabel": t("canvas.fitView"),
          "minimap.ariaLabel": t("canvas.minimap"),
        }}
        className="bg-slate-50"
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} color="#cbd5e1" />
        <Controls showInteractive={false} position="bottom-left" fitViewOptions={{ padding: fitViewPadding, maxZoom: 1, duration: 250 }} className="overflow-hidden rounded-lg! border! border-slate-200! shadow-sm!" />
        <MiniMap
          pannable
          zoomable
          position="bottom-right"
          className="overflow-hidden rounded-lg! border! border-slate-200! shadow-sm!"
          nodeColor={(node) => miniMapColours[readMiniMapTone(node as CanvasNode)] ?? "#cbd5e1"}
          nodeBorderRadius={6}
        />
        {props.children}
      </ReactFlow>
    </div>
  );
}

function readMiniMapTone(node: CanvasNode): string {
  if (node.data.problems.some((problem) => problem.severity === "error")) return node.data.strict ? "error" : "setup";
  return node.data.problems.length > 0 ? "warning" : "normal";
}
