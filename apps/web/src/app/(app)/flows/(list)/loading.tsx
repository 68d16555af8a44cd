import { getTranslations } from "next-intl/server";
import { FlowListSkeleton } from "@/features/flows/FlowListSkeleton";

/** Shown while the flows list loads. */
export default async function FlowsLoading() {
  const t = await getTranslations("editor");
  return <FlowListSkeleton label={t("history.loading")} />;
}
