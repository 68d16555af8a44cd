"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { readFieldErrors, sendApiRequest, type ApiFailure } from "../api/sendApiRequest";
import { Button } from "../ui/button/Button";
import { FieldErrors } from "../ui/form/FieldErrors";
import { Input } from "../ui/input/Input";
import { inputClass } from "../ui/input/inputClass";
import { Label } from "../ui/label/Label";
import { Switch } from "../ui/switch/Switch";
import type { ExtensionView, SipCredentials } from "./handleExtensions";

export type MemberOption = { userId: string; name: string; email: string };

type ExtensionFormProps = {
  extension?: ExtensionView;
  members: MemberOption[];
  onSaved: (extension: ExtensionView, sip?: SipCredentials) => void;
  onCancel: () => void;
};

/** Adds an extension, or edits one (everything but its number). Errors show next to their field. */
export function ExtensionForm({ extension, members, onSaved, onCancel }: ExtensionFormProps) {
  const t = useTranslations();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [voicemail, setVoicemail] = useState(extension?.voicemail.enabled ?? false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const local: Record<string, string[]> = {};
    if (!extension && !/^\d{2,6}$/.test(text("number"))) local.number = [t("extensions.errors.numberFormat")];
    if (!text("name")) local.name = [t("extensions.errors.name")];
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length) return;
    const fields = { name: text("name"), userId: text("userId") || null, forwardTo: text("forwardTo") || null, voicemailEnabled: voicemail };
    setPending(true);
    const outcome = extension
      ? await sendApiRequest<{ extension: ExtensionView }>(`/api/extensions/${extension.id}`, "PATCH", fields)
      : await sendApiRequest<{ extension: ExtensionView; sip: SipCredentials }>("/api/extensions", "POST", { number: text("number"), ...fields });
    setPending(false);
    if (outcome.ok) {
      onSaved(outcome.data.extension, (outcome.data as { sip?: SipCredentials }).sip);
      return;
    }
    showFailure(outcome.error);
  }

  function showFailure(error: ApiFailure) {
    const byField = readFieldErrors(error);
    if (error.code === "DUPLICATE") byField.number = [error.message];
    const known = ["number", "name", "userId", "forwardTo"];
    setErrors(Object.fromEntries(Object.entries(byField).filter(([field]) => known.includes(field))));
    const shown = known.some((field) => byField[field]);
    setFormError(shown ? null : error.message || t("phoneSystem.networkError"));
  }

  const describe = (field: string, hint?: boolean) => [errors[field]?.length ? `extension-${field}-error` : null, hint ? `extension-${field}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="extension-form">
      {!extension && (
        <div className="space-y-1.5">
          <Label htmlFor="extension-number">{t("extensions.number")}</Label>
          <Input id="extension-number" name="number" inputMode="numeric" autoComplete="off" maxLength={6} aria-invalid={Boolean(errors.number?.length)} aria-describedby={describe("number", true)} />
          <p id="extension-number-hint" className="text-xs text-slate-600">{t("extensions.numberHint")}</p>
          <FieldErrors id="extension-number-error" name="number" errors={errors.number ?? []} />
        </div>
      )}
      <div className="space-y-1.5">
        <Label htmlFor="extension-name">{t("extensions.name")}</Label>
        <Input id="extension-name" name="name" defaultValue={extension?.name} maxLength={80} autoComplete="off" aria-invalid={Boolean(errors.name?.length)} aria-describedby={describe("name", true)} />
        <p id="extension-name-hint" className="text-xs text-slate-600">{t("extensions.nameHint")}</p>
        <FieldErrors id="extension-name-error" name="name" errors={errors.name ?? []} />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="extension-member">{t("extensions.member")}</Label>
        <select id="extension-member" name="userId" defaultValue={extension?.userId ?? ""} className={inputClass} aria-describedby={describe("userId")}>
          <option value="">{t("extensions.memberNone")}</option>
          {members.map((member) => <option key={member.userId} value={member.userId}>{member.name} ({member.email})</option>)}
        </select>
        <FieldErrors id="extension-userId-error" name="userId" errors={errors.userId ?? []} />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="extension-forward">{t("extensions.forwardTo")}</Label>
        <Input id="extension-forward" name="forwardTo" type="tel" defaultValue={extension?.forwardTo ?? ""} autoComplete="off" aria-invalid={Boolean(errors.forwardTo?.length)} aria-describedby={describe("forwardTo", true)} />
        <p id="extension-forwardTo-hint" className="text-xs text-slate-600">{t("extensions.forwardToHint")}</p>
        <FieldErrors id="extension-forwardTo-error" name="forwardTo" errors={errors.forwardTo ?? []} />
      </div>
      <div className="flex items-start gap-3">
        <Switch id="extension-voicemail" checked={voicemail} onCheckedChange={setVoicemail} aria-describedby="extension-voicemail-hint" />
        <div>
          <Label htmlFor="extension-voicemail">{t("extensions.voicemail")}</Label>
          <p id="extension-voicemail-hint" className="text-xs text-slate-600">{t("extensions.voicemailHint")}</p>
        </div>
      </div>
      {formError && <p role="alert" className="text-sm text-red-700" data-testid="extension-form-error">{formError}</p>}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel}>{t("phoneSystem.cancel")}</Button>
        <Button type="submit" disabled={pending} data-testid="extension-save">{pending ? t("phoneSystem.saving") : extension ? t("phoneSystem.save") : t("extensions.create")}</Button>
      </div>
    </form>
  );
}
