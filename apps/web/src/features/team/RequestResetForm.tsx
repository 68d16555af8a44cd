"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "../ui/button/Button";
import { FormMessage } from "../ui/form/FormMessage";
import { TextField } from "../ui/form/TextField";
import { useWorkspaceSubmit } from "../workspace/useWorkspaceSubmit";

/** "Forgot password?": asks for a reset link; the answer is the same whether the address has an account. */
export function RequestResetForm() {
  const t = useTranslations();
  const [sent, setSent] = useState<string | null>(null);
  const { busy, error, fieldErrors, submit } = useWorkspaceSubmit<{ message: string }>("/api/password-reset", "POST", t("team.offline"));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const answer = await submit({ email: String(new FormData(event.currentTarget).get("email") ?? "") });
    if (answer) setSent(answer.message);
  };

  return (
    <div className="space-y-5">
      {sent ? (
        <FormMessage tone="success" testId="reset-requested">{sent}</FormMessage>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-5" data-testid="request-reset-form">
          {error && <FormMessage tone="error" testId="reset-error">{error}</FormMessage>}
          <TextField name="email" type="email" label={t("passwordReset.email")} autoComplete="email" errors={fieldErrors.email} autoFocus />
          <Button type="submit" className="w-full" disabled={busy} data-testid="request-reset-submit">{busy ? t("passwordReset.requestPending") : t("passwordReset.requestSubmit")}</Button>
        </form>
      )}
      <p className="text-center text-sm"><Link href="/login" className="font-semibold text-teal-800 underline underline-offset-2">{t("passwordReset.backToSignIn")}</Link></p>
    </div>
  );
}
