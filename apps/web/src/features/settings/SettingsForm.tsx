"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "../ui/button/Button";
import { Combobox } from "../ui/combobox/Combobox";
import { FieldErrors } from "../ui/form/FieldErrors";
import { FormMessage } from "../ui/form/FormMessage";
import { Input } from "../ui/input/Input";
import { Label } from "../ui/label/Label";
import { Select } from "../ui/select/Select";
import { SelectContent } from "../ui/select/SelectContent";
import { SelectItem } from "../ui/select/SelectItem";
import { SelectTrigger } from "../ui/select/SelectTrigger";
import { SelectValue } from "../ui/select/SelectValue";
import { Textarea } from "../ui/textarea/Textarea";
import { useWorkspaceSubmit } from "../workspace/useWorkspaceSubmit";

export type SettingsValues = { name: string; timezone: string; language: string; voice: string; fallbackNumber: string; announcement: string; retentionDays: string };

type Props = { initial: SettingsValues; timeZones: string[]; languages: readonly string[] };

/** A labelled field with its hint and the server's errors, wired for screen readers. */
function Field({ id, label, hint, errors = [], children }: { id: string; label: string; hint?: string; errors?: string[]; children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <Label id={`${id}-label`} htmlFor={id}>{label}</Label>
      {children}
      {hint && <p id={`${id}-hint`} className="text-xs leading-5 text-slate-600">{hint}</p>}
      <FieldErrors id={`${id}-error`} name={id} errors={errors} />
    </div>
  );
}

/** The organisation's settings; only what changed is sent. */
export function SettingsForm({ initial, timeZones, languages }: Props) {
  const t = useTranslations("settings");
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const { busy, error, fieldErrors, submit } = useWorkspaceSubmit("/api/settings", "PATCH", t("offline"));
  const set = (key: keyof SettingsValues) => (value: string) => setValues((current) => ({ ...current, [key]: value }));
  const describedBy = (id: string, hint: boolean) => [fieldErrors[id]?.length ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, unknown> = {};
    if (values.name !== saved.name) body.name = values.name;
    if (values.timezone !== saved.timezone) body.timezone = values.timezone;
    if (values.language !== saved.language) body.language = values.language;
    if (values.voice !== saved.voice) body.voice = values.voice.trim() || null;
    if (values.fallbackNumber !== saved.fallbackNumber) body.fallbackNumber = values.fallbackNumber.replace(/[\s().-]/g, "") || null;
    if (values.announcement !== saved.announcement || (body.language && values.announcement)) {
      body.recordingAnnouncement = values.announcement.trim() ? { type: "tts", text: values.announcement.trim(), language: values.language } : null;
    }
    if (values.retentionDays !== saved.retentionDays) body.recordingRetentionDays = /^\d+$/.test(values.retentionDays.trim()) ? Number(values.retentionDays.trim()) : values.retentionDays;
    if (Object.keys(body).length === 0) {
      toast.success(t("saved"));
      return;
    }
    if (await submit(body)) {
      setSaved(values);
      toast.success(t("saved"));
      router.refresh();
    }
  };

  const errorsOf = (id: string) => fieldErrors[id] ?? [];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8" data-testid="settings-form">
      {error && <FormMessage tone="error" testId="settings-error">{error}</FormMessage>}
      <fieldset className="space-y-5">
        <legend className="mb-4 text-base font-semibold text-slate-900">{t("organisation")}</legend>
        <Field id="name" label={t("name")} errors={errorsOf("name")}>
          <Input id="name" value={values.name} onChange={(event) => set("name")(event.target.value)} maxLength={100} autoComplete="organization" aria-invalid={errorsOf("name").length > 0} aria-describedby={describedBy("name", false)} />
        </Field>
        <Field id="timezone" label={t("timezone")} hint={t("timezoneHint")} errors={errorsOf("timezone")}>
          <Combobox
            id="timezone" options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " "), keywords: [zone] }))}
            value={values.timezone} onChange={(zone) => zone && set("timezone")(zone)}
            placeholder={t("timezone")} searchLabel={t("timezoneSearch")} emptyText={t("timezoneEmpty")}
            aria-labelledby="timezone-label" aria-describedby={describedBy("timezone", true)} invalid={errorsOf("timezone").length > 0} testId="timezone" className="w-full"
          />
        </Field>
      </fieldset>
      <fieldset className="space-y-5">
        <legend className="mb-4 text-base font-semibold text-slate-900">{t("callers")}</legend>
        <Field id="language" label={t("language")} errors={errorsOf("language")}>
          <Select value={values.language} onValueChange={set("language")}>
            <SelectTrigger id="language" className="w-full" aria-describedby={describedBy("language", false)} data-testid="language"><SelectValue /></SelectTrigger>
            <SelectContent>
              {languages.map((language) => <SelectItem key={language} value={language}>{t(`languages.${language as "pl-PL"}`)}</SelectItem>)}
            </SelectContent>
          </Select>
        </Field>
        <Field id="voice" label={t("voice")} hint={t("voiceHint")} errors={errorsOf("voice")}>
          <Input id="voice" value={values.voice} onChange={(event) => set("voice")(event.target.value)} maxLength={100} aria-invalid={errorsOf("voice").length > 0} aria-describedby={describedBy("voice", true)} />
        </Field>
        <Field id="fallbackNumber" label={t("fallbackNumber")} hint={t("fallbackNumberHint")} errors={errorsOf("fallbackNumber")}>
          <Input id="fallbackNumber" type="tel" inputMode="tel" value={values.fallbackNumber} onChange={(event) => set("fallbackNumber")(event.target.value)} aria-invalid={errorsOf("fallbackNumber").length > 0} aria-describedby={describedBy("fallbackNumber", true)} />
        </Field>
        <Field id="recordingAnnouncement" label={t("recordingAnnouncement")} hint={t("recordingAnnouncementHint")} errors={[...errorsOf("recordingAnnouncement"), ...errorsOf("recordingAnnouncement.text")]}>
          <Textarea id="recordingAnnouncement" value={values.announcement} onChange={(event) => set("announcement")(event.target.value)} maxLength={1000} rows={3} aria-describedby={describedBy("recordingAnnouncement", true)} />
        </Field>
        <Field id="recordingRetentionDays" label={t("recordingRetentionDays")} hint={t("recordingRetentionDaysHint")} errors={errorsOf("recordingRetentionDays")}>
          <Input id="recordingRetentionDays" type="number" inputMode="numeric" min={1} max={3650} step={1} className="w-32" value={values.retentionDays} onChange={(event) => set("retentionDays")(event.target.value)} aria-invalid={errorsOf("recordingRetentionDays").length > 0} aria-describedby={describedBy("recordingRetentionDays", true)} data-testid="recording-retention-days" />
        </Field>
      </fieldset>
      <Button type="submit" disabled={busy} className="w-full sm:w-auto" data-testid="settings-save">{busy ? t("saving") : t("save")}</Button>
    </form>
  );
}
