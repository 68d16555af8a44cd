"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "../ui/button/Button";
import { FormMessage } from "../ui/form/FormMessage";
import { TextField } from "../ui/form/TextField";
import { useWorkspaceSubmit } from "../workspace/useWorkspaceSubmit";

/** Sets a new password with the e-mailed link; an expired or used link says so. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const [done, setDone] = useState(false);
  const { busy, error, fieldErrors, submit } = useWorkspaceSubmit(`/api/password-reset/${encodeURIComponent(token)}`, "POST", t("team.offline"));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await submit({ password: String(new FormData(event.currentTarget).get("password") ?? "") })) setDone(true);
  };

  if (done) {
    return (
      <div className="space-y-5">
        <FormMessage tone="success" testId="reset-done">{t("passwordReset.resetDone")}</FormMessage>
        <Button asChild className="w-full"><Link href="/login" data-testid="reset-to-sign-in">{t("passwordReset.toSignIn")}</Link></Button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" data-testid="reset-password-form">
      {error && <FormMessage tone="error" testId="reset-error">{error}</FormMessage>}
      <TextField name="password" type="password" label={t("passwordReset.newPassword")} autoComplete="new-password" hint={t("signup.passwordHint")} errors={fieldErrors.password} autoFocus />
      <Button type="submit" className="w-full" disabled={busy} data-testid="reset-password-submit">{busy ? t("passwordReset.resetPending") : t("passwordReset.resetSubmit")}</Button>
    </form>
  );
}
