"use client";

import { EditorCrashMessage } from "@/features/editor/shell/EditorCrashMessage";

/** If the editor ever fails to draw, say so plainly; unsaved changes wait in the browser. */
export default function FlowEditorError({ reset }: { error: Error; reset: () => void }) {
  return <EditorCrashMessage onRetry={reset} />;
}
