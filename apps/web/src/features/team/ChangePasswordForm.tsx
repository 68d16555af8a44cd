"use client";

import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "../ui/button/Button";
import { FormMessage } from "../ui/form/FormMessage";
import { TextField } from "../ui/form/TextField";
import { useWorkspaceSubmit } from "../workspace/useWorkspaceSubmit";

/** The signed-in person changes their password, giving the current one. */
export function ChangePasswordForm() {
  const t = useTranslations();
  const form = useRef<HTMLFormElement>(null);
  const [changed, setChanged] = useState(false);
  const { busy, error, fieldErrors, submit } = useWorkspaceSubmit("/api/account/password", "POST", t("team.offline"));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChanged(false);
    const data = new FormData(event.currentTarget);
    if (await submit({ currentPassword: String(data.get("currentPassword") ?? ""), newPassword: String(data.get("newPassword") ?? "") })) {
      setChanged(true);
      form.current?.reset();
    }
  };

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="max-w-md space-y-5" data-testid="change-password-form">
      {error && <FormMessage tone="error" testId="change-password-error">{error}</FormMessage>}
      {changed && <FormMessage tone="success" testId="password-changed">{t("account.changed")}</FormMessage>}
      <TextField name="currentPassword" type="password" label={t("account.currentPassword")} autoComplete="current-password" errors={fieldErrors.currentPassword} />
      <TextField name="newPassword" type="password" label={t("account.newPassword")} autoComplete="new-password" hint={t("signup.passwordHint")} errors={fieldErrors.newPassword} />
      <Button type="submit" disabled={busy} data-testid="change-password-submit">{busy ? t("account.pending") : t("account.submit")}</Button>
    </form>
  );
}
