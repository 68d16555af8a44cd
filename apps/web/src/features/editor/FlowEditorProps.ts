import type { ReactNode } from "react";
import type { FlowDocument, ValidationContext } from "@centrala/flow";
import type { EditorResources } from "./shell/EditorResources";

/** What the flow page hands the editor, plus slots for features built on top (test calls). */
export type FlowEditorProps = {
  flow: { id: string; name: string };
  initialDraft: FlowDocument;
  initialRevision: number;
  liveVersion: { number: number; publishedAt: string } | null;
  validationContext: ValidationContext;
  resources: EditorResources;
  canEdit: boolean;
  /** The node a running test call is in (it glows). */
  activeNodeId?: string | null;
  /** Nodes a test call has passed through, and the connections it took (drawn as a path). */
  visitedNodeIds?: string[];
  takenEdgeIds?: string[];
  /** An extra panel beside the settings (e.g. the test call). */
  sidePanel?: ReactNode;
  /** Extra toolbar buttons (e.g. "Test call"). */
  toolbarExtra?: ReactNode;
  /** Called with the draft after every change (e.g. so a test call runs what is on the canvas). */
  onDraftChange?: (draft: FlowDocument) => void;
};
