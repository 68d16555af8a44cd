import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/features/auth/permissions";
import { requirePermission } from "@/features/auth/requirePermission";
import { DeleteFlowButton } from "@/features/flows/DeleteFlowButton";
import { FlowStatusPanel } from "@/features/flows/FlowStatusPanel";
import { FlowStateBadge } from "@/features/flows/FlowStateBadge";
import { getFlowForPage } from "@/features/flows/getFlowForPage";
import { RenameFlowForm } from "@/features/flows/RenameFlowForm";
import { Card } from "@/features/ui/card/Card";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await requirePermission("flows.view");
  const flow = await getFlowForPage(session.tenantId, (await params).id);
  const t = await getTranslations();
  return { title: flow ? `${flow.name} · ${t("flow.settingsTitle")}` : t("notFound.title") };
}

export default async function FlowSettingsPage({ params }: Props) {
  const session = await requirePermission("flows.view");
  const { id } = await params;
  // Scoped to the session's tenant: another tenant's flow is "not found", exactly like a missing one.
  const flow = await getFlowForPage(session.tenantId, id);
  if (!flow) notFound();
  const t = await getTranslations();
  const editable = can(session.role, "flows.edit");
  return (
    <div className="space-y-8">
      <div>
        <div className="flex flex-wrap gap-4">
          <Link href={`/flows/${flow.id}`} className="inline-flex items-center gap-1 rounded text-sm font-medium text-teal-800 hover:underline" data-testid="back-to-editor">
            <ArrowLeft aria-hidden="true" className="size-4" />{t("flow.backToEditor")}
          </Link>
          <Link href="/flows" className="rounded text-sm font-medium text-slate-600 hover:underline">{t("flow.back")}</Link>
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="flow-name">{flow.name}</h1>
          <FlowStateBadge publishedVersion={flow.publishedVersion?.number ?? null} />
        </div>
      </div>
      <FlowStatusPanel flow={flow} />
      {editable && (
        <Card className="divide-y divide-slate-200">
          <div className="p-6">
            <div className="max-w-xl"><RenameFlowForm flowId={flow.id} name={flow.name} /></div>
          </div>
          <div className="p-6">
            <DeleteFlowButton flowId={flow.id} name={flow.name} hasNumbers={flow.numbers.length > 0} />
          </div>
        </Card>
      )}
    </div>
  );
}
