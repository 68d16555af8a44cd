import { getTranslations } from "next-intl/server";
import { EditorSkeleton } from "@/features/editor/shell/EditorSkeleton";

/** Shown while the editor's data loads: the shape of the editor, so nothing jumps when it arrives. */
export default async function FlowEditorLoading() {
  const t = await getTranslations("editor");
  return <EditorSkeleton label={t("history.loading")} />;
}
