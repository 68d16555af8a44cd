"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "../ui/button/Button";
import { SubmitButton } from "../ui/form/SubmitButton";
import { TextField } from "../ui/form/TextField";
import { createFlowAction, type CreateFlowState } from "./createFlowAction";
import { FLOW_NAME_MAX_LENGTH } from "./flowSchemas";
import { flowTemplateIds } from "./flowTemplates";

const initialState: CreateFlowState = { name: "", errors: [] };

export function NewFlowForm() {
  const t = useTranslations();
  const [state, formAction] = useActionState(createFlowAction, initialState);
  return (
    <form action={formAction} noValidate className="space-y-6" data-testid="new-flow-form">
      <TextField
        name="name" label={t("flowNew.name")} defaultValue={state.name} errors={state.errors.map((message) => t(message.key, message.params))}
        maxLength={FLOW_NAME_MAX_LENGTH} autoComplete="off" autoFocus
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("flowNew.startFrom")}</legend>
        {flowTemplateIds.map((id, index) => (
          <label key={id} className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 hover:bg-slate-50 has-[:checked]:border-teal-600 has-[:checked]:bg-teal-50/50">
            <input type="radio" name="template" value={id} defaultChecked={index === 0} data-testid={`template-${id}`} className="mt-1 accent-teal-700" />
            <span>
              <span className="block text-sm font-medium text-slate-900">{t(`flowNew.template.${id}.name`)}</span>
              <span className="block text-sm text-slate-600">{t(`flowNew.template.${id}.help`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex items-center gap-3">
        <SubmitButton label={t("flowNew.submit")} pendingLabel={t("flowNew.pending")} testId="create-flow" />
        <Button asChild variant="secondary"><Link href="/flows">{t("flowNew.cancel")}</Link></Button>
      </div>
    </form>
  );
}
