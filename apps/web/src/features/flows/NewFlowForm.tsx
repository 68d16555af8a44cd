"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useT } from "@/i18n/I18nProvider";
import { buttonClass } from "../ui/buttonClass";
import { SubmitButton } from "../ui/SubmitButton";
import { TextField } from "../ui/TextField";
import { createFlowAction, type CreateFlowState } from "./createFlowAction";
import { FLOW_NAME_MAX_LENGTH } from "./flowSchemas";

const initialState: CreateFlowState = { name: "", errors: [] };

export function NewFlowForm() {
  const t = useT();
  const [state, formAction] = useActionState(createFlowAction, initialState);
  return (
    <form action={formAction} noValidate className="space-y-6" data-testid="new-flow-form">
      <TextField
        name="name" label={t("flowNew.name")} defaultValue={state.name} errors={state.errors.map(t.message)}
        maxLength={FLOW_NAME_MAX_LENGTH} autoComplete="off" autoFocus
      />
      <div className="flex items-center gap-3">
        <SubmitButton label={t("flowNew.submit")} pendingLabel={t("flowNew.pending")} testId="create-flow" />
        <Link href="/flows" className={buttonClass.secondary}>{t("flowNew.cancel")}</Link>
      </div>
    </form>
  );
}
