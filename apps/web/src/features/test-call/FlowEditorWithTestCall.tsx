"use client";

import { useMemo, useState } from "react";
import { nodeDefinitions } from "@centrala/flow";
import { useLocale } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { FlowEditor } from "../editor/FlowEditor";
import type { FlowEditorProps } from "../editor/FlowEditorProps";
import { useTestCallT } from "./i18n/useTestCallT";
import { listDialTargets } from "./listDialTargets";
import { TestCallPanel } from "./TestCallPanel";
import { useTestCall } from "./useTestCall";

/** The editor with the in-browser test call: the phone panel in place of the settings, the call's path on the canvas. */
export function FlowEditorWithTestCall(props: FlowEditorProps) {
  const t = useTestCallT();
  const locale = useLocale() as Locale;
  const [open, setOpen] = useState(false);
  // The draft as edited now: the people it rings and the connections its path can take.
  const [draft, setDraft] = useState(props.initialDraft);
  const testCall = useTestCall(props.flow.id, draft, t);
  const extensionNumbers = useMemo(() => props.resources.extensions.map((extension) => extension.number), [props.resources.extensions]);
  const targets = useMemo(() => listDialTargets(draft, extensionNumbers), [draft, extensionNumbers]);
  const showPath = testCall.status !== "idle";
  const activeNode = showPath && testCall.path.activeNodeId ? draft.nodes.find((node) => node.id === testCall.path.activeNodeId) : undefined;
  const activeStep = activeNode ? activeNode.label || nodeDefinitions[activeNode.kind].labels[locale] : null;
  return (
    <FlowEditor
      {...props}
      onDraftChange={(next) => { setDraft(next); props.onDraftChange?.(next); }}
      activeNodeId={showPath ? testCall.path.activeNodeId : null}
      visitedNodeIds={showPath ? testCall.path.visitedNodeIds : []}
      takenEdgeIds={showPath ? testCall.path.takenEdgeIds : []}
      // The test call takes the place of the step settings while it is open (never a third column).
      sidePanel={open ? <TestCallPanel testCall={testCall} targets={targets} timezone={props.resources.timezone} activeStep={activeStep} onClose={() => setOpen(false)} /> : undefined}
      toolbarExtra={
        <button type="button" onClick={() => setOpen((o) => !o)} aria-pressed={open} data-testid="test-call-open"
          className="rounded-md border border-emerald-600 px-3 py-1.5 text-sm font-medium text-emerald-700 hover:bg-emerald-50 focus-visible:outline-2 focus-visible:outline-emerald-600">
          {t("testCall.open")}
        </button>
      }
    />
  );
}
