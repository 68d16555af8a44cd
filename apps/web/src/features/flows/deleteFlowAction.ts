"use server";

import { redirect } from "next/navigation";
import { DomainError, deleteFlow, forTenant, getPrisma } from "@centrala/db";
import { requireSession } from "@/features/auth/requireSession";
import { readFormText } from "../auth/readFormText";
import { canEditFlows } from "./canEditFlows";

/** Deletes one of the tenant's flows and goes back to the list. */
export async function deleteFlowAction(formData: FormData): Promise<void> {
  const session = await requireSession();
  if (!canEditFlows(session.role)) return;
  try {
    await deleteFlow(forTenant(getPrisma(), session.tenantId), readFormText(formData, "flowId"), session.userId);
  } catch (error) {
    // Already gone (another tab deleted it): the list is still the right place to land.
    if (!(error instanceof DomainError && error.code === "NOT_FOUND")) throw error;
  }
  redirect("/flows");
}
