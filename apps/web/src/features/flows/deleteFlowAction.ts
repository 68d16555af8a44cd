"use server";

import { redirect } from "next/navigation";
import { DomainError, deleteFlow, forTenant, getPrisma } from "@centrala/db";
import { requirePermission } from "@/features/auth/requirePermission";
import { readFormText } from "../auth/readFormText";

/** Deletes one of the tenant's flows and goes back to the list. */
export async function deleteFlowAction(formData: FormData): Promise<void> {
  const session = await requirePermission("flows.edit");
  try {
    await deleteFlow(forTenant(getPrisma(), session.tenantId), readFormText(formData, "flowId"), session.userId);
  } catch (error) {
    // Already gone (another tab deleted it): the list is still the right place to land.
    if (!(error instanceof DomainError && error.code === "NOT_FOUND")) throw error;
  }
  redirect("/flows");
}
