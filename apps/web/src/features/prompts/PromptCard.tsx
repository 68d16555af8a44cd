"use client";

import Link from "next/link";
import { useState } from "react";
import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { sendApiRequest, type ApiFailure } from "../api/sendApiRequest";
import { ConfirmDestroyDialog } from "../ui/alert-dialog/ConfirmDestroyDialog";
import { Badge } from "../ui/badge/Badge";
import { Button } from "../ui/button/Button";
import { InUseNotice } from "../workspace/InUseNotice";
import type { PromptView } from "./api/serializePrompt";
import { PromptVariantRow } from "./PromptVariantRow";

const languages = ["pl", "en"] as const;

/** One prompt of the library: completeness, where it is used, each language's recording, deletion. */
export function PromptCard({ prompt, onChange, onDeleted }: { prompt: PromptView; onChange: (prompt: PromptView) => void; onDeleted: (id: string) => void }) {
  const t = useTranslations();
  const [refusal, setRefusal] = useState<ApiFailure | null>(null);
  const done = languages.length - prompt.missingLanguages.length;
  const livePublished = prompt.usedIn.flows.some((flow) => flow.inPublished) || prompt.usedIn.queues.length > 0;
  const used = prompt.usedIn.flows.length + prompt.usedIn.queues.length > 0;

  async function remove() {
    const outcome = await sendApiRequest(`/api/prompts/${prompt.id}`, "DELETE");
    if (!outcome.ok) {
      setRefusal({ ...outcome.error, message: outcome.error.message || t("phoneSystem.networkError") });
      return;
    }
    toast.success(t("prompts.deleted", { name: prompt.name }));
    onDeleted(prompt.id);
  }

  return (
    <article className="rounded-xl border border-slate-200 bg-white p-5" aria-labelledby={`prompt-${prompt.id}`} data-testid="prompt-card">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h3 id={`prompt-${prompt.id}`} className="text-base font-semibold text-slate-900" data-testid="prompt-name">{prompt.name}</h3>
          {prompt.ttsText && <p className="text-sm text-slate-600">{prompt.ttsText}</p>}
        </div>
        <Badge tone={done === languages.length ? "success" : "warning"} data-testid="prompt-completeness">
          {done === languages.length ? t("prompts.complete") : t("prompts.languagesDone", { done, total: languages.length })}
        </Badge>
      </div>
      <div className="mt-3 text-sm" data-testid="prompt-used-in">
        <span className="font-medium text-slate-800">{t("prompts.usedIn")}: </span>
        {!used ? <span className="text-slate-600">{t("prompts.notUsed")}</span> : (
          <ul className="inline">
            {prompt.usedIn.flows.map((flow) => (
              <li key={flow.id} className="inline after:content-[',_'] last:after:content-none">
                <Link href={`/flows/${flow.id}`} className="text-teal-800 underline">
                  {flow.inPublished && flow.publishedVersion !== null ? t("prompts.usedPublished", { name: flow.name, version: flow.publishedVersion }) : t("prompts.usedDraft", { name: flow.name })}
                </Link>
              </li>
            ))}
            {prompt.usedIn.queues.map((queue) => (
              <li key={queue.id} className="inline after:content-[',_'] last:after:content-none">
                <Link href={`/queues/${queue.id}`} className="text-teal-800 underline">{t("prompts.usedQueue", { name: queue.name })}</Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="mt-3">
        {languages.map((language) => <PromptVariantRow key={language} prompt={prompt} language={language} onChange={onChange} />)}
      </div>
      <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 pt-3">
        {livePublished && <p className="text-xs text-slate-600" data-testid="prompt-delete-blocked">{t("prompts.deleteBlocked")}</p>}
        <ConfirmDestroyDialog
          trigger={<Button variant="destructiveOutline" size="sm" disabled={livePublished} data-testid="delete-prompt"><Trash2 aria-hidden="true" />{t("prompts.delete")}</Button>}
          title={t("prompts.deleteTitle", { name: prompt.name })}
          description={t("prompts.deleteBody")}
          confirmLabel={t("prompts.deleteYes")}
          cancelLabel={t("phoneSystem.cancel")}
          onConfirm={() => void remove()}
          testId="confirm-delete-prompt"
        />
      </div>
      {refusal && <div className="mt-3"><InUseNotice error={refusal} /></div>}
    </article>
  );
}
