import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requirePermission } from "@/features/auth/requirePermission";
import { getFlowForPage } from "@/features/flows/getFlowForPage";

type Props = { children: ReactNode; params: Promise<{ id: string }> };

/**
 * Answers 404 for a flow the organisation does not have before the editor's loading outline
 * streams (the page inside the loading boundary could only render a "not found" with status 200).
 */
export default async function FlowEditorLayout({ children, params }: Props) {
  const session = await requirePermission("flows.view");
  if (!(await getFlowForPage(session.tenantId, (await params).id))) notFound();
  return children;
}
