"use client";

import { useState } from "react";
import { Mic } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { EmptyState } from "../ui/empty-state/EmptyState";
import { Input } from "../ui/input/Input";
import { PageHeader } from "../ui/page-header/PageHeader";
import type { PromptView } from "./api/serializePrompt";
import { NewPromptDialog } from "./NewPromptDialog";
import { PromptCard } from "./PromptCard";

/** The /prompts screen: every prompt with its languages, players, uploads and recorder. */
export function PromptLibrary({ initial, limits }: { initial: PromptView[]; limits: { maxBytes: number; maxSeconds: number } }) {
  const t = useTranslations("prompts");
  const [prompts, setPrompts] = useState(initial);
  const [query, setQuery] = useState("");
  const replace = (prompt: PromptView) => setPrompts((list) => list.map((item) => (item.id === prompt.id ? prompt : item)));
  const created = (prompt: PromptView) => {
    setPrompts((list) => [prompt, ...list]);
    toast.success(t("created", { name: prompt.name }));
  };
  const shown = prompts.filter((prompt) => prompt.name.toLocaleLowerCase().includes(query.trim().toLocaleLowerCase()));
  const limitText = t("limits", { mb: Math.round(limits.maxBytes / (1024 * 1024)), minutes: Math.round(limits.maxSeconds / 60) });
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("subtitle")} actions={prompts.length > 0 && <NewPromptDialog onCreated={created} testId="new-prompt" />} />
      {prompts.length === 0 ? (
        <EmptyState icon={Mic} title={t("emptyTitle")} description={t("emptyBody")} action={<NewPromptDialog onCreated={created} testId="new-prompt" />} testId="prompts-empty" />
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <Input type="search" aria-label={t("search")} placeholder={t("search")} value={query} onChange={(event) => setQuery(event.target.value)} className="max-w-sm" />
            <p className="text-xs text-slate-600" data-testid="prompt-limits">{limitText}</p>
          </div>
          {shown.length === 0 ? <p className="text-sm text-slate-600">{t("noMatch")}</p> : (
            <div className="space-y-4" data-testid="prompt-list">
              {shown.map((prompt) => <PromptCard key={prompt.id} prompt={prompt} onChange={replace} onDeleted={(id) => setPrompts((list) => list.filter((item) => item.id !== id))} />)}
            </div>
          )}
        </>
      )}
    </div>
  );
}
