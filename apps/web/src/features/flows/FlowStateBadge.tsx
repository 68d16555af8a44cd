import { getTranslations } from "next-intl/server";
import { Badge } from "../ui/badge/Badge";

/** "Draft" or "Published, version N", as a small pill. */
export async function FlowStateBadge({ publishedVersion }: { publishedVersion: number | null }) {
  const t = await getTranslations();
  return publishedVersion === null
    ? <Badge tone="warning" dot data-testid="flow-state">{t("flows.stateDraft")}</Badge>
    : <Badge tone="success" dot data-testid="flow-state">{t("flows.statePublished", { version: publishedVersion })}</Badge>;
}
