"use client";

import { useRef, useState, type DragEvent } from "react";
import { Mic, Trash2, UploadCloud } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { sendApiRequest } from "../api/sendApiRequest";
import { cn } from "../ui/cn";
import { ConfirmDestroyDialog } from "../ui/alert-dialog/ConfirmDestroyDialog";
import { Button } from "../ui/button/Button";
import { Dialog } from "../ui/dialog/Dialog";
import { DialogContent } from "../ui/dialog/DialogContent";
import { DialogDescription } from "../ui/dialog/DialogDescription";
import { DialogHeader } from "../ui/dialog/DialogHeader";
import { DialogTitle } from "../ui/dialog/DialogTitle";
import type { PromptView } from "./api/serializePrompt";
import { PromptRecorder } from "./PromptRecorder";
import { uploadPromptVariant } from "./uploadPromptVariant";

type Upload = { name: string; fraction: number } | null;

/** One language of a prompt: its player, and upload (drag and drop or a file) or record a new take. */
export function PromptVariantRow({ prompt, language, onChange }: { prompt: PromptView; language: "pl" | "en"; onChange: (prompt: PromptView) => void }) {
  const t = useTranslations("prompts");
  const common = useTranslations("phoneSystem");
  const variant = prompt.variants.find((v) => v.language === language);
  const languageName = t(`language.${language}`);
  const [upload, setUpload] = useState<Upload>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [recording, setRecording] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const testId = `variant-${language}`;

  async function send(file: Blob, name: string) {
    setError(null);
    setUpload({ name, fraction: 0 });
    const outcome = await uploadPromptVariant(prompt.id, language, file, name, (fraction) => setUpload({ name, fraction }));
    setUpload(null);
    if (!outcome.ok) {
      setError(outcome.message || t("uploadFailed"));
      return;
    }
    setRecording(false);
    onChange(outcome.prompt);
    toast.success(t("uploaded", { language: languageName, name: prompt.name, seconds: outcome.durationMs / 1000 }));
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void send(file, file.name);
  }

  async function removeVariant() {
    const outcome = await sendApiRequest<{ prompt: PromptView }>(`/api/prompts/${prompt.id}/variants/${language}`, "DELETE");
    if (outcome.ok) onChange(outcome.data.prompt);
    else toast.error(outcome.error.message || t("uploadFailed"));
  }

  return (
    <div className="space-y-2 border-t border-slate-200 py-3" data-testid={testId}>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h4 className="w-24 text-sm font-semibold capitalize text-slate-900">{languageName}</h4>
        {variant ? (
          <>
            <span className="text-sm text-slate-700 tabular-nums" data-testid={`${testId}-duration`}>{t("duration", { seconds: variant.durationMs / 1000 })}</span>
            <audio controls preload="none" src={variant.audioUrl} aria-label={t("player", { language: languageName, name: prompt.name })} className="h-9 max-w-full" data-testid={`${testId}-player`} />
          </>
        ) : (
          <span className="text-sm text-amber-800" data-testid={`${testId}-missing`}>{t("missing")}</span>
        )}
        <div className="ml-auto flex gap-1">
          <Button variant="ghost" size="sm" onClick={() => setRecording(true)} aria-label={t("recordFor", { language: languageName, name: prompt.name })} data-testid={`${testId}-record`}>
            <Mic aria-hidden="true" />{t("record")}
          </Button>
          {variant && (
            <ConfirmDestroyDialog
              trigger={<Button variant="ghost" size="icon" aria-label={t("deleteVariant", { language: languageName })}><Trash2 aria-hidden="true" /></Button>}
              title={t("deleteVariantTitle", { language: languageName, name: prompt.name })}
              description={t("deleteVariantBody")}
              confirmLabel={t("deleteVariant", { language: languageName })}
              cancelLabel={common("cancel")}
              onConfirm={() => void removeVariant()}
            />
          )}
        </div>
      </div>
      <div
        onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={cn("flex flex-wrap items-center justify-center gap-2 rounded-lg border border-dashed px-4 py-3 text-sm text-slate-600", dragging ? "border-teal-600 bg-teal-50" : "border-slate-300")}
        data-testid={`${testId}-drop`}
      >
        <UploadCloud aria-hidden="true" className="size-4" />
        <span>{t("dropHere")}</span>
        <Button variant="link" size="sm" className="h-auto px-0" onClick={() => input.current?.click()} disabled={upload !== null}>
          {t("chooseFile")}<span className="sr-only"> {t("chooseFileFor", { language: languageName, name: prompt.name })}</span>
        </Button>
        <input
          ref={input} type="file" className="sr-only" tabIndex={-1} aria-hidden="true" accept="audio/wav,audio/x-wav,audio/mpeg,audio/ogg,audio/mp4,audio/x-m4a,.wav,.mp3,.ogg,.m4a"
          data-testid={`${testId}-file`}
          onChange={(event) => { const file = event.target.files?.[0]; event.target.value = ""; if (file) void send(file, file.name); }}
        />
      </div>
      {upload && (
        <div className="space-y-1" data-testid={`${testId}-upload`}>
          <p className="text-xs text-slate-700">{upload.fraction < 1 ? t("uploading", { name: upload.name }) : t("processing")}</p>
          <div role="progressbar" aria-label={t("uploadProgress")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(upload.fraction * 100)} className="h-2 overflow-hidden rounded-full bg-slate-200" data-testid={`${testId}-progress`}>
            <div className="h-full bg-teal-600 transition-[width]" style={{ width: `${Math.round(upload.fraction * 100)}%` }} />
          </div>
        </div>
      )}
      {error && <p role="alert" className="text-sm text-red-700" data-testid={`${testId}-error`}>{error}</p>}
      <Dialog open={recording} onOpenChange={(open) => upload === null && setRecording(open)}>
        <DialogContent closeLabel={common("close")} className="max-w-2xl">
          <DialogHeader>
            <DialogTitle>{t("recorder.title", { name: prompt.name, language: languageName })}</DialogTitle>
            <DialogDescription>{t("recorder.intro")}</DialogDescription>
          </DialogHeader>
          {recording && <PromptRecorder busy={upload !== null} onRecorded={(wav) => void send(wav, `${prompt.name}-${language}.wav`)} />}
          {upload && (
            <div role="progressbar" aria-label={t("uploadProgress")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(upload.fraction * 100)} className="h-2 overflow-hidden rounded-full bg-slate-200" data-testid="recorder-progress">
              <div className="h-full bg-teal-600" style={{ width: `${Math.round(upload.fraction * 100)}%` }} />
            </div>
          )}
          {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
        </DialogContent>
      </Dialog>
    </div>
  );
}
