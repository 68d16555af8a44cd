import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/features/auth/requirePermission";
import { NewFlowForm } from "@/features/flows/NewFlowForm";
import { Card } from "@/features/ui/card/Card";
import { CardContent } from "@/features/ui/card/CardContent";
import { PageHeader } from "@/features/ui/page-header/PageHeader";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("flowNew.title") };
}

export default async function NewFlowPage() {
  await requirePermission("flows.edit");
  const t = await getTranslations();
  return (
    <div className="max-w-xl space-y-8">
      <PageHeader title={t("flowNew.title")} description={t("flowNew.intro")} />
      <Card><CardContent><NewFlowForm /></CardContent></Card>
    </div>
  );
}
