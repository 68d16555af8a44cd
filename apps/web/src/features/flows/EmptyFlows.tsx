import Link from "next/link";
import { Phone } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "../ui/button/Button";
import { EmptyState } from "../ui/empty-state/EmptyState";

/** What a new tenant sees first: what a flow is for, and one button to make one. */
export async function EmptyFlows({ canEdit }: { canEdit: boolean }) {
  const t = await getTranslations();
  return (
    <EmptyState
      testId="flows-empty"
      icon={Phone}
      title={t("flows.emptyTitle")}
      description={t("flows.emptyBody")}
      action={canEdit && <Button asChild data-testid="new-flow"><Link href="/flows/new">{t("flows.new")}</Link></Button>}
    />
  );
}
