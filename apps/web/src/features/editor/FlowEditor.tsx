"use client";

import { ReactFlowProvider } from "@xyflow/react";
import { EditorWorkspace } from "./EditorWorkspace";
import type { FlowEditorProps } from "./FlowEditorProps";
import { EditorResourcesProvider } from "./shell/EditorResources";

export type { FlowEditorProps };

/** The visual flow editor: canvas, palette, settings, problems, saving, versions. */
export function FlowEditor(props: FlowEditorProps) {
  return (
    <ReactFlowProvider>
      <EditorResourcesProvider value={props.resources}>
        <EditorWorkspace {...props} />
      </EditorResourcesProvider>
    </ReactFlowProvider>
  );
}
