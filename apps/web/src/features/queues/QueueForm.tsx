"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { readFieldErrors, sendApiRequest } from "../api/sendApiRequest";
import { Button } from "../ui/button/Button";
import { FieldErrors } from "../ui/form/FieldErrors";
import { Input } from "../ui/input/Input";
import { inputClass } from "../ui/input/inputClass";
import { Label } from "../ui/label/Label";
import { Switch } from "../ui/switch/Switch";
import { HoldMusicPicker } from "./HoldMusicPicker";
import { QueueMembersEditor } from "./QueueMembersEditor";
import { overflowActions, queueStrategies, recordingPolicies, type ExtensionChoice, type NamedChoice, type QueueDraft } from "./queueFormTypes";

type QueueFormProps = {
  queueId?: string;
  initial: QueueDraft;
  extensions: ExtensionChoice[];
  /** The tenant's other queues (overflow targets). */
  queues: NamedChoice[];
  prompts: NamedChoice[];
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-5" aria-label={title}>
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** Creates or edits a queue: agents in order, ringing, waiting (overflow, music, announcements) and recording. */
export function QueueForm({ queueId, initial, extensions, queues, prompts }: QueueFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = <K extends keyof QueueDraft>(key: K, value: QueueDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (!draft.name.trim()) {
      setErrors({ name: [t("queues.errors.name")] });
      return;
    }
    setPending(true);
    const body = { ...draft, overflowTarget: draft.overflowAction === "hangup" ? null : draft.overflowTarget || null };
    const outcome = queueId
      ? await sendApiRequest<{ queue: { id: string; name: string } }>(`/api/queues/${queueId}`, "PATCH", body)
      : await sendApiRequest<{ queue: { id: string; name: string } }>("/api/queues", "POST", body);
    setPending(false);
    if (outcome.ok) {
      setErrors({});
      toast.success(t(queueId ? "queues.saved" : "queues.created", { name: outcome.data.queue.name }));
      if (!queueId) router.push(`/queues/${outcome.data.queue.id}`);
      router.refresh();
      return;
    }
    const byField = Object.fromEntries(Object.entries(readFieldErrors(outcome.error)).map(([path, messages]) => [path.split(".")[0] ?? path, messages]));
    if (outcome.error.code === "DUPLICATE") byField.name = [outcome.error.message];
    setErrors(byField);
    if (Object.keys(byField).length === 0) setFormError(outcome.error.message || t("phoneSystem.networkError"));
  }

  const numberField = (key: "ringSeconds" | "wrapUpSeconds" | "maxWaitSeconds" | "announceEverySeconds", min: number, max: number) => (
    <div className="space-y-1.5">
      <Label htmlFor={`queue-${key}`}>{t(`queues.${key}`)}</Label>
      <Input
        id={`queue-${key}`} type="number" min={min} max={max} className="max-w-40" value={Number.isNaN(draft[key]) ? "" : draft[key]}
        onChange={(event) => set(key, event.target.valueAsNumber)} aria-invalid={Boolean(errors[key]?.length)} aria-describedby={errors[key]?.length ? `queue-${key}-error` : undefined}
      />
      <FieldErrors id={`queue-${key}-error`} name={key} errors={errors[key] ?? []} />
    </div>
  );
  const targetExtensions = extensions.filter((extension) => draft.overflowAction !== "voicemail" || extension.voicemailEnabled);
  const announces = draft.announcePosition || draft.announceWaitTime;

  return (
    <form onSubmit={submit} noValidate className="space-y-6" data-testid="queue-form">
      <div className="max-w-md space-y-1.5">
        <Label htmlFor="queue-name">{t("queues.name")}</Label>
        <Input id="queue-name" value={draft.name} maxLength={80} autoComplete="off" onChange={(event) => set("name", event.target.value)} aria-invalid={Boolean(errors.name?.length)} aria-describedby={`queue-name-hint${errors.name?.length ? " queue-name-error" : ""}`} />
        <p id="queue-name-hint" className="text-xs text-slate-600">{t("queues.nameHint")}</p>
        <FieldErrors id="queue-name-error" name="name" errors={errors.name ?? []} />
      </div>

      <Section title={t("queues.sectionAgents")}>
        <p className="text-sm text-slate-600">{t("queues.agentsHint")}</p>
        <QueueMembersEditor members={draft.members} extensions={extensions} onChange={(members) => set("members", members)} />
        <FieldErrors name="members" errors={errors.members ?? []} />
      </Section>

      <Section title={t("queues.sectionRinging")}>
        <div className="max-w-md space-y-1.5">
          <Label htmlFor="queue-strategy">{t("queues.strategy")}</Label>
          <select id="queue-strategy" className={inputClass} value={draft.strategy} onChange={(event) => set("strategy", event.target.value as QueueDraft["strategy"])}>
            {queueStrategies.map((strategy) => <option key={strategy} value={strategy}>{t(`queues.strategyOption.${strategy}`)}</option>)}
          </select>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {numberField("ringSeconds", 5, 120)}
          {numberField("wrapUpSeconds", 0, 600)}
        </div>
      </Section>

      <Section title={t("queues.sectionWaiting")}>
        <div className="grid gap-4 sm:grid-cols-2">
          {numberField("maxWaitSeconds", 30, 7200)}
          <div className="space-y-1.5">
            <Label htmlFor="queue-overflow">{t("queues.overflowAction")}</Label>
            <select id="queue-overflow" className={inputClass} value={draft.overflowAction} onChange={(event) => setDraft((current) => ({ ...current, overflowAction: event.target.value as QueueDraft["overflowAction"], overflowTarget: null }))}>
              {overflowActions.map((action) => <option key={action} value={action}>{t(`queues.overflowOption.${action}`)}</option>)}
            </select>
          </div>
        </div>
        {draft.overflowAction !== "hangup" && (
          <div className="max-w-md space-y-1.5">
            <Label htmlFor="queue-overflow-target">{draft.overflowAction === "external" ? t("queues.overflowExternal") : t("queues.overflowTarget")}</Label>
            {draft.overflowAction === "external" ? (
              <Input id="queue-overflow-target" type="tel" value={draft.overflowTarget ?? ""} onChange={(event) => set("overflowTarget", event.target.value)} aria-invalid={Boolean(errors.overflowTarget?.length)} aria-describedby={errors.overflowTarget?.length ? "queue-overflowTarget-error" : undefined} />
            ) : (
              <select id="queue-overflow-target" className={inputClass} value={draft.overflowTarget ?? ""} onChange={(event) => set("overflowTarget", event.target.value || null)} aria-invalid={Boolean(errors.overflowTarget?.length)} aria-describedby={errors.overflowTarget?.length ? "queue-overflowTarget-error" : undefined}>
                <option value="">{t("queues.chooseTarget")}</option>
                {draft.overflowAction === "queue"
                  ? queues.map((queue) => <option key={queue.id} value={queue.id}>{queue.name}</option>)
                  : targetExtensions.map((extension) => <option key={extension.id} value={extension.number}>{extension.number} {extension.name}</option>)}
              </select>
            )}
            <FieldErrors id="queue-overflowTarget-error" name="overflowTarget" errors={errors.overflowTarget ?? []} />
          </div>
        )}
        <HoldMusicPicker value={draft.holdMusic} prompts={prompts} onChange={(ids) => set("holdMusic", ids)} />
        <FieldErrors name="holdMusic" errors={errors.holdMusic ?? []} />
        <div className="space-y-3">
          {numberField("announceEverySeconds", 15, 600)}
          {(["announcePosition", "announceWaitTime"] as const).map((key) => (
            <div key={key} className="flex items-center gap-3">
              <Switch id={`queue-${key}`} checked={draft[key]} onCheckedChange={(checked) => set(key, checked)} />
              <Label htmlFor={`queue-${key}`}>{t(`queues.${key}`)}</Label>
            </div>
          ))}
          <div className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700" data-testid="queue-wording">
            <p className="font-medium">{t("queues.wording")}</p>
            {announces ? (
              <>
                {draft.announcePosition && <p>{t("queues.wordingPosition")}</p>}
                {draft.announceWaitTime && <p>{t("queues.wordingWait")}</p>}
                <p className="text-xs text-slate-600">{t("queues.wordingEvery", { seconds: Number.isNaN(draft.announceEverySeconds) ? 0 : draft.announceEverySeconds })}</p>
              </>
            ) : <p>{t("queues.wordingNone")}</p>}
          </div>
        </div>
      </Section>

      <Section title={t("queues.sectionRecording")}>
        <div className="max-w-md space-y-1.5">
          <Label htmlFor="queue-recording">{t("queues.recordingPolicy")}</Label>
          <select id="queue-recording" className={inputClass} value={draft.recordingPolicy} onChange={(event) => set("recordingPolicy", event.target.value as QueueDraft["recordingPolicy"])}>
            {recordingPolicies.map((policy) => <option key={policy} value={policy}>{t(`queues.recordingOption.${policy}`)}</option>)}
          </select>
        </div>
      </Section>

      {formError && <p role="alert" className="text-sm text-red-700" data-testid="queue-form-error">{formError}</p>}
      <Button type="submit" disabled={pending} data-testid="queue-save">{pending ? t("phoneSystem.saving") : queueId ? t("phoneSystem.save") : t("queues.create")}</Button>
    </form>
  );
}
