"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { PASSWORD_MAX_LENGTH } from "./checkPassword";
import { FormMessage } from "../ui/form/FormMessage";
import { SubmitButton } from "../ui/form/SubmitButton";
import { TextField } from "../ui/form/TextField";
import { signUpAction, type SignUpState } from "./signUpAction";

const initialState: SignUpState = { values: { tenantName: "", name: "", email: "" }, fieldErrors: {} };

export function SignUpForm() {
  const t = useTranslations();
  const [state, formAction] = useActionState(signUpAction, initialState);
  const errorsFor = (field: keyof SignUpState["fieldErrors"]) => (state.fieldErrors[field] ?? []).map((message) => t(message.key, message.params));
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="signup-form">
      {state.formError && <FormMessage tone="error" testId="signup-error">{t(state.formError.key, state.formError.params)}</FormMessage>}
      <TextField
        name="tenantName" label={t("signup.tenantName")} hint={t("signup.tenantNameHint")} autoComplete="organization"
        defaultValue={state.values.tenantName} errors={errorsFor("tenantName")} maxLength={100} autoFocus
      />
      <TextField name="name" label={t("signup.name")} autoComplete="name" defaultValue={state.values.name} errors={errorsFor("name")} maxLength={100} />
      <TextField name="email" type="email" label={t("signup.email")} autoComplete="email" defaultValue={state.values.email} errors={errorsFor("email")} />
      <TextField
        name="password" type="password" label={t("signup.password")} hint={t("signup.passwordHint")} autoComplete="new-password"
        errors={errorsFor("password")} maxLength={PASSWORD_MAX_LENGTH}
      />
      <SubmitButton label={t("signup.submit")} pendingLabel={t("signup.pending")} className="w-full" testId="signup-submit" />
      <p className="text-center text-sm text-slate-600">
        {t("signup.haveAccount")}{" "}
        <Link href="/login" className="font-semibold text-teal-800 underline underline-offset-2 hover:underline">{t("signup.toSignIn")}</Link>
      </p>
    </form>
  );
}
