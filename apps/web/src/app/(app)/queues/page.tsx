import type { Metadata } from "next";
import Link from "next/link";
import { ListOrdered, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { forTenant, getPrisma, listQueues } from "@centrala/db";
import { requirePermission } from "@/features/auth/requirePermission";
import { QueueTable } from "@/features/queues/QueueTable";
import { Button } from "@/features/ui/button/Button";
import { EmptyState } from "@/features/ui/empty-state/EmptyState";
import { PageHeader } from "@/features/ui/page-header/PageHeader";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("queues.title") };
}

export default async function QueuesPage() {
  const session = await requirePermission("queues.manage");
  const t = await getTranslations();
  const queues = await listQueues(forTenant(getPrisma(), session.tenantId));
  const newButton = <Button asChild data-testid="new-queue"><Link href="/queues/new"><Plus aria-hidden="true" />{t("queues.new")}</Link></Button>;
  return (
    <div className="space-y-8">
      <PageHeader title={t("queues.title")} description={t("queues.subtitle")} actions={queues.length > 0 && newButton} />
      {queues.length === 0 ? (
        <EmptyState icon={ListOrdered} title={t("queues.emptyTitle")} description={t("queues.emptyBody")} action={newButton} testId="queues-empty" />
      ) : (
        <QueueTable queues={queues.map((queue) => ({ id: queue.id, name: queue.name, strategy: queue.strategy, memberCount: queue.members.length, maxWaitSeconds: queue.maxWaitSeconds }))} />
      )}
    </div>
  );
}
