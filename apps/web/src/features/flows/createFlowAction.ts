"use server";

import { redirect } from "next/navigation";
import { createFlow, forTenant, getPrisma, getTenant, linkQueueNames } from "@centrala/db";
import { ttsLanguages, type TtsLanguage } from "@centrala/flow";
import { requirePermission } from "@/features/auth/requirePermission";
import type { Message } from "@/i18n/Message";
import { readFormText } from "../auth/readFormText";
import { convertIssuesToFieldErrors } from "../forms/convertIssuesToFieldErrors";
import { createBlankFlowDocument } from "./createBlankFlowDocument";
import { buildTemplateWithSuggestions, findFlowTemplate } from "./flowTemplates";
import { createFlowBodySchema } from "./flowSchemas";

export type CreateFlowState = { name: string; errors: Message[] };

/** Creates a flow, blank or from a template, and opens it. */
export async function createFlowAction(_previous: CreateFlowState, formData: FormData): Promise<CreateFlowState> {
  const session = await requirePermission("flows.edit");
  const name = readFormText(formData, "name");
  const templateId = readFormText(formData, "template") || "blank";
  const parsed = createFlowBodySchema.safeParse({ name });
  if (!parsed.success) return { name, errors: convertIssuesToFieldErrors<"name">(parsed.error.issues).name ?? [] };
  const db = forTenant(getPrisma(), session.tenantId);
  const template = findFlowTemplate(templateId);
  const tenantLanguage = (await getTenant(getPrisma(), session.tenantId))?.language;
  const language: TtsLanguage = (ttsLanguages as readonly string[]).includes(tenantLanguage ?? "") ? (tenantLanguage as TtsLanguage) : "pl-PL";
  // Spoken in the organisation's language; queues it names link to the organisation's queue of that name.
  const draft = template ? await linkQueueNames(db, buildTemplateWithSuggestions(template, language)) : createBlankFlowDocument();
  const flow = await createFlow(db, { name: parsed.data.name, draft, userId: session.userId });
  redirect(`/flows/${flow.id}`);
}
