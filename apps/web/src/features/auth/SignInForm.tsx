"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "../ui/form/FormMessage";
import { SubmitButton } from "../ui/form/SubmitButton";
import { TextField } from "../ui/form/TextField";
import { signInAction, type SignInState } from "./signInAction";

const initialState: SignInState = { email: "" };

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(signInAction, initialState);
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="signin-form">
      {state.error && <FormMessage tone="error" testId="signin-error">{t(state.error.key, state.error.params)}</FormMessage>}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField name="email" type="email" label={t("signin.email")} autoComplete="email" defaultValue={state.email} autoFocus />
      <TextField name="password" type="password" label={t("signin.password")} autoComplete="current-password" />
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-teal-800 underline underline-offset-2" data-testid="forgot-password-link">{t("passwordReset.forgotLink")}</Link>
      </p>
      <SubmitButton label={t("signin.submit")} pendingLabel={t("signin.pending")} className="w-full" testId="signin-submit" />
      <p className="text-center text-sm text-slate-600">
        {t("signin.noAccount")}{" "}
        <Link href="/signup" className="font-semibold text-teal-800 underline underline-offset-2 hover:underline">{t("signin.toSignUp")}</Link>
      </p>
    </form>
  );
}
