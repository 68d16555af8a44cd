"use server";

import { redirect } from "next/navigation";
import { createFlow, forTenant, getFlow, getPrisma } from "@centrala/db";
import { requirePermission } from "@/features/auth/requirePermission";
import { getTranslations } from "next-intl/server";
import { readFormText } from "../auth/readFormText";
import { FLOW_NAME_MAX_LENGTH } from "./flowSchemas";

/** Copies one of the tenant's flows (its draft, as a new unpublished flow) and opens the copy. */
export async function duplicateFlowAction(formData: FormData): Promise<void> {
  const session = await requirePermission("flows.edit");
  const db = forTenant(getPrisma(), session.tenantId);
  const original = await getFlow(db, readFormText(formData, "flowId"));
  if (!original) redirect("/flows");
  const t = await getTranslations();
  const name = t("flows.copyName", { name: original.name }).slice(0, FLOW_NAME_MAX_LENGTH);
  const copy = await createFlow(db, { name, draft: original.draft, userId: session.userId });
  redirect(`/flows/${copy.id}`);
}
