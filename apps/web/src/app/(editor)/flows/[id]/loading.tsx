import { EditorSkeleton } from "@/features/editor/shell/EditorSkeleton";

/** Shown while the editor's data loads: the shape of the editor, so nothing jumps when it arrives. */
export default function FlowEditorLoading() {
  return <EditorSkeleton />;
}
