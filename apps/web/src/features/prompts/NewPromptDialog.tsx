"use client";

import { useState, type FormEvent } from "react";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { readFieldErrors, sendApiRequest } from "../api/sendApiRequest";
import { Button } from "../ui/button/Button";
import { Dialog } from "../ui/dialog/Dialog";
import { DialogContent } from "../ui/dialog/DialogContent";
import { DialogDescription } from "../ui/dialog/DialogDescription";
import { DialogHeader } from "../ui/dialog/DialogHeader";
import { DialogTitle } from "../ui/dialog/DialogTitle";
import { DialogTrigger } from "../ui/dialog/DialogTrigger";
import { FieldErrors } from "../ui/form/FieldErrors";
import { Input } from "../ui/input/Input";
import { Label } from "../ui/label/Label";
import { Textarea } from "../ui/textarea/Textarea";
import type { PromptView } from "./api/serializePrompt";

/** "New prompt": a name (and the text to record), then the recordings are added on its card. */
export function NewPromptDialog({ onCreated, testId }: { onCreated: (prompt: PromptView) => void; testId: string }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "").trim();
    const ttsText = String(form.get("ttsText") ?? "").trim();
    if (!name) {
      setErrors([t("extensions.errors.name")]);
      return;
    }
    setPending(true);
    const outcome = await sendApiRequest<{ prompt: PromptView }>("/api/prompts", "POST", { name, ...(ttsText ? { ttsText } : {}) });
    setPending(false);
    if (!outcome.ok) {
      const byField = readFieldErrors(outcome.error);
      setErrors(byField.name ?? [outcome.error.message || t("phoneSystem.networkError")]);
      return;
    }
    setErrors([]);
    setOpen(false);
    onCreated(outcome.data.prompt);
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild><Button data-testid={testId}><Plus aria-hidden="true" />{t("prompts.new")}</Button></DialogTrigger>
      <DialogContent closeLabel={t("phoneSystem.close")}>
        <DialogHeader>
          <DialogTitle>{t("prompts.newTitle")}</DialogTitle>
          <DialogDescription>{t("prompts.newIntro")}</DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} noValidate className="space-y-4">
          <div className="space-y-1.5">
            <Label htmlFor="prompt-name">{t("prompts.name")}</Label>
            <Input id="prompt-name" name="name" maxLength={100} autoComplete="off" aria-invalid={errors.length > 0} aria-describedby={errors.length ? "prompt-name-error" : undefined} />
            <FieldErrors id="prompt-name-error" name="name" errors={errors} />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="prompt-script">{t("prompts.script")}</Label>
            <Textarea id="prompt-script" name="ttsText" maxLength={2000} rows={3} aria-describedby="prompt-script-hint" />
            <p id="prompt-script-hint" className="text-xs text-slate-600">{t("prompts.scriptHint")}</p>
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>{t("phoneSystem.cancel")}</Button>
            <Button type="submit" disabled={pending} data-testid="create-prompt">{pending ? t("phoneSystem.saving") : t("prompts.create")}</Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
