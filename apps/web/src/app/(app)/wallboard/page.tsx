import type { Metadata } from "next";
import { LayoutDashboard } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { getPrisma } from "@centrala/db";
import { can } from "@/features/auth/permissions";
import { requirePermission } from "@/features/auth/requirePermission";
import { EmptyState } from "@/features/ui/empty-state/EmptyState";
import { PageHeader } from "@/features/ui/page-header/PageHeader";
import { handleGetWallboard } from "@/features/wallboard/handleWallboard";
import { WallboardPanel } from "@/features/wallboard/WallboardPanel";
import type { WallboardView } from "@/features/wallboard/wallboardTypes";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("wallboard.title") };
}

type Props = { searchParams: Promise<{ tv?: string | string[] }> };

export default async function WallboardPage({ searchParams }: Props) {
  const session = await requirePermission("wallboard.view");
  const t = await getTranslations();
  const tv = (await searchParams).tv === "1";
  const view = (await handleGetWallboard(getPrisma(), session)).body as WallboardView;
  return (
    <div className="space-y-8">
      {/* On the big screen the board fills the screen with its own title. */}
      {!(tv && view.queues.length) && <PageHeader title={t("wallboard.title")} description={t("wallboard.subtitle")} />}
      {view.queues.length ? (
        <WallboardPanel initial={view} tv={tv} canSupervise={can(session.role, "calls.supervise")} />
      ) : (
        <EmptyState icon={LayoutDashboard} title={t("wallboard.empty.title")} description={t("wallboard.empty.body")} testId="wallboard-empty" />
      )}
    </div>
  );
}
