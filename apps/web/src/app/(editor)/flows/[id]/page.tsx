import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/features/auth/permissions";
import { requirePermission } from "@/features/auth/requirePermission";
import { FlowEditorWithTestCall } from "@/features/test-call/FlowEditorWithTestCall";
import { loadEditorData } from "@/features/editor/loadEditorData";
import { getFlowForPage } from "@/features/flows/getFlowForPage";
import { getTranslations } from "next-intl/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await requirePermission("flows.view");
  const flow = await getFlowForPage(session.tenantId, (await params).id);
  return { title: flow?.name ?? (await getTranslations())("notFound.title") };
}

export default async function FlowEditorPage({ params }: Props) {
  const session = await requirePermission("flows.view");
  const { id } = await params;
  const data = await loadEditorData(session.tenantId, id, can(session.role, "flows.edit"));
  if (!data) notFound();
  return <FlowEditorWithTestCall {...data} />;
}
