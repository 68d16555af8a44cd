import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { forTenant, getPrisma, getQueue } from "@centrala/db";
import { requirePermission } from "@/features/auth/requirePermission";
import { DeleteQueueButton } from "@/features/queues/DeleteQueueButton";
import { loadQueueFormChoices } from "@/features/queues/loadQueueFormChoices";
import { QueueForm } from "@/features/queues/QueueForm";
import { PageHeader } from "@/features/ui/page-header/PageHeader";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("queues.title") };
}

export default async function QueuePage({ params }: Props) {
  const session = await requirePermission("queues.manage");
  const { id } = await params;
  const t = await getTranslations();
  const queue = await getQueue(forTenant(getPrisma(), session.tenantId), id);
  if (!queue) notFound();
  const choices = await loadQueueFormChoices(session.tenantId, queue.id);
  const initial = {
    name: queue.name, strategy: queue.strategy, ringSeconds: queue.ringSeconds, wrapUpSeconds: queue.wrapUpSeconds, maxWaitSeconds: queue.maxWaitSeconds,
    overflowAction: queue.overflowAction, overflowTarget: queue.overflowTarget, holdMusic: queue.holdMusic, announceEverySeconds: queue.announceEverySeconds,
    announcePosition: queue.announcePosition, announceWaitTime: queue.announceWaitTime, recordingPolicy: queue.recordingPolicy,
    members: queue.members.map(({ extensionId, penalty }) => ({ extensionId, penalty })),
  };
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("queues.editTitle", { name: queue.name })}
        back={<Link href="/queues" className="text-teal-800 hover:underline">← {t("queues.back")}</Link>}
        actions={<DeleteQueueButton queueId={queue.id} name={queue.name} />}
      />
      <QueueForm key={queue.updatedAt.toISOString()} queueId={queue.id} initial={initial} {...choices} />
    </div>
  );
}
