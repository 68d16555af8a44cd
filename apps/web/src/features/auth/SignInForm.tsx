"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useT } from "@/i18n/I18nProvider";
import { FormMessage } from "../ui/FormMessage";
import { SubmitButton } from "../ui/SubmitButton";
import { TextField } from "../ui/TextField";
import { signInAction, type SignInState } from "./signInAction";

const initialState: SignInState = { email: "" };

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useT();
  const [state, formAction] = useActionState(signInAction, initialState);
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="signin-form">
      {state.error && <FormMessage tone="error" testId="signin-error">{t.message(state.error)}</FormMessage>}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField name="email" type="email" label={t("signin.email")} autoComplete="email" defaultValue={state.email} autoFocus />
      <TextField name="password" type="password" label={t("signin.password")} autoComplete="current-password" />
      <SubmitButton label={t("signin.submit")} pendingLabel={t("signin.pending")} className="w-full" testId="signin-submit" />
      <p className="text-center text-sm text-slate-600">
        {t("signin.noAccount")}{" "}
        <Link href="/signup" className="font-semibold text-teal-800 underline-offset-2 hover:underline">{t("signin.toSignUp")}</Link>
      </p>
    </form>
  );
}
