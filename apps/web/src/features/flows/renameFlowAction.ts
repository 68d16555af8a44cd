"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { DomainError, forTenant, getPrisma, renameFlow } from "@centrala/db";
import { requirePermission } from "@/features/auth/requirePermission";
import type { Message } from "@/i18n/Message";
import { readFormText } from "../auth/readFormText";
import { convertIssuesToFieldErrors } from "../forms/convertIssuesToFieldErrors";
import { patchFlowBodySchema } from "./flowSchemas";

export type RenameFlowState = { name: string; errors: Message[]; saved: boolean };

/** Renames one of the tenant's flows. */
export async function renameFlowAction(_previous: RenameFlowState, formData: FormData): Promise<RenameFlowState> {
  const session = await requirePermission("flows.edit");
  const flowId = readFormText(formData, "flowId");
  const name = readFormText(formData, "name");
  const parsed = patchFlowBodySchema.safeParse({ name });
  if (!parsed.success) return { name, errors: convertIssuesToFieldErrors<"name">(parsed.error.issues).name ?? [], saved: false };
  try {
    await renameFlow(forTenant(getPrisma(), session.tenantId), flowId, parsed.data.name, session.userId);
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  // The editor and the settings page both show the name.
  revalidatePath(`/flows/${flowId}`, "layout");
  return { name: parsed.data.name, errors: [], saved: true };
}
