import type { Metadata } from "next";
import { Headset } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { getPrisma } from "@centrala/db";
import { requirePermission } from "@/features/auth/requirePermission";
import { handleGetDesk } from "@/features/desk/handleDesk";
import { DeskPanel } from "@/features/desk/DeskPanel";
import type { DeskView } from "@/features/desk/deskTypes";
import { EmptyState } from "@/features/ui/empty-state/EmptyState";
import { PageHeader } from "@/features/ui/page-header/PageHeader";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("desk.title") };
}

export default async function DeskPage() {
  const session = await requirePermission("desk.use");
  const t = await getTranslations();
  const result = await handleGetDesk(getPrisma(), session);
  const view = JSON.parse(JSON.stringify(result.body)) as DeskView;
  return (
    <div className="space-y-8">
      <PageHeader title={t("desk.title")} description={t("desk.subtitle")} />
      {view.extension ? (
        <DeskPanel initial={view} />
      ) : (
        <EmptyState icon={Headset} title={t("desk.noExtension.title")} description={t("desk.noExtension.body")} testId="desk-no-extension" />
      )}
    </div>
  );
}
