import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireSession } from "@/features/auth/requireSession";
import { FlowEditorWithTestCall } from "@/features/test-call/FlowEditorWithTestCall";
import { loadEditorData } from "@/features/editor/loadEditorData";
import { canEditFlows } from "@/features/flows/canEditFlows";
import { getFlowForPage } from "@/features/flows/getFlowForPage";
import { getTranslations } from "next-intl/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await requireSession();
  const flow = await getFlowForPage(session.tenantId, (await params).id);
  return { title: flow?.name ?? (await getTranslations())("notFound.title") };
}

export default async function FlowEditorPage({ params }: Props) {
  const session = await requireSession();
  const { id } = await params;
  const data = await loadEditorData(session.tenantId, id, canEditFlows(session.role));
  if (!data) notFound();
  return <FlowEditorWithTestCall {...data} />;
}
