import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/features/auth/requirePermission";
import { loadQueueFormChoices } from "@/features/queues/loadQueueFormChoices";
import { QueueForm } from "@/features/queues/QueueForm";
import { newQueueDraft } from "@/features/queues/queueFormTypes";
import { PageHeader } from "@/features/ui/page-header/PageHeader";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("queues.newTitle") };
}

export default async function NewQueuePage() {
  const session = await requirePermission("queues.manage");
  const t = await getTranslations();
  const choices = await loadQueueFormChoices(session.tenantId);
  return (
    <div className="space-y-8">
      <PageHeader title={t("queues.newTitle")} description={t("queues.subtitle")} back={<Link href="/queues" className="text-teal-800 hover:underline">← {t("queues.back")}</Link>} />
      <QueueForm initial={newQueueDraft} {...choices} />
    </div>
  );
}
