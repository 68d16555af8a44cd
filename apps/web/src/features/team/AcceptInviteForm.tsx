"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "../ui/button/Button";
import { FormMessage } from "../ui/form/FormMessage";
import { TextField } from "../ui/form/TextField";
import { useWorkspaceSubmit } from "../workspace/useWorkspaceSubmit";

/** Accepting an invitation: a new person sets a name and password; an existing account gives its password. */
export function AcceptInviteForm({ token, email, hasAccount }: { token: string; email: string; hasAccount: boolean }) {
  const t = useTranslations();
  const [joined, setJoined] = useState(false);
  const { busy, error, fieldErrors, submit } = useWorkspaceSubmit(`/api/invites/${encodeURIComponent(token)}/accept`, "POST", t("team.offline"));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = hasAccount ? { password: String(form.get("password") ?? "") } : { name: String(form.get("name") ?? ""), password: String(form.get("password") ?? "") };
    if (await submit(body)) setJoined(true);
  };

  if (joined) {
    return (
      <div className="space-y-5">
        <FormMessage tone="success" testId="invite-joined">{t("invite.joined", { email })}</FormMessage>
        <Button asChild className="w-full"><Link href="/login" data-testid="invite-to-sign-in">{t("invite.toSignIn")}</Link></Button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" data-testid="accept-invite-form">
      {error && <FormMessage tone="error" testId="invite-error">{error}</FormMessage>}
      {!hasAccount && <TextField name="name" label={t("invite.name")} autoComplete="name" errors={fieldErrors.name} autoFocus />}
      <TextField
        name="password" type="password" label={hasAccount ? t("invite.existingPassword") : t("invite.password")}
        autoComplete={hasAccount ? "current-password" : "new-password"} hint={hasAccount ? undefined : t("signup.passwordHint")} errors={fieldErrors.password}
      />
      <Button type="submit" className="w-full" disabled={busy} data-testid="accept-invite-submit">{busy ? t("invite.pending") : t("invite.submit")}</Button>
    </form>
  );
}
