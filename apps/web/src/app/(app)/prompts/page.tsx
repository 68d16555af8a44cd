import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getPrisma } from "@centrala/db";
import { requirePermission } from "@/features/auth/requirePermission";
import { handleListPromptLibrary } from "@/features/prompts/api/handlePrompts";
import type { PromptView } from "@/features/prompts/api/serializePrompt";
import { getMediaContext } from "@/features/prompts/getMediaContext";
import { PromptLibrary } from "@/features/prompts/PromptLibrary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("prompts.title") };
}

export default async function PromptsPage() {
  const session = await requirePermission("prompts.manage");
  const result = await handleListPromptLibrary(getPrisma(), session, getMediaContext());
  const { prompts, limits } = result.body as { prompts: PromptView[]; limits: { maxBytes: number; maxSeconds: number } };
  return <PromptLibrary initial={prompts} limits={limits} />;
}
