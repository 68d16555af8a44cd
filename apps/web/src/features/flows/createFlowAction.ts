"use server";

import { redirect } from "next/navigation";
import { createFlow, forTenant, getPrisma } from "@centrala/db";
import { requireSession } from "@/features/auth/requireSession";
import type { Message } from "@/i18n/createTranslator";
import { readFormText } from "../auth/readFormText";
import { convertIssuesToFieldErrors } from "../forms/convertIssuesToFieldErrors";
import { canEditFlows } from "./canEditFlows";
import { flowTemplates, isFlowTemplateId } from "./flowTemplates";
import { createFlowBodySchema } from "./flowSchemas";

export type CreateFlowState = { name: string; errors: Message[] };

/** Creates a flow, blank or from a template, and opens it. */
export async function createFlowAction(_previous: CreateFlowState, formData: FormData): Promise<CreateFlowState> {
  const session = await requireSession();
  const name = readFormText(formData, "name");
  const templateId = readFormText(formData, "template") || "blank";
  if (!canEditFlows(session.role)) return { name, errors: [{ key: "errors.invalid" }] };
  const parsed = createFlowBodySchema.safeParse({ name });
  if (!parsed.success) return { name, errors: convertIssuesToFieldErrors<"name">(parsed.error.issues).name ?? [] };
  const flow = await createFlow(forTenant(getPrisma(), session.tenantId), {
    name: parsed.data.name, draft: flowTemplates[isFlowTemplateId(templateId) ? templateId : "blank"].document, userId: session.userId,
  });
  redirect(`/flows/${flow.id}`);
}
