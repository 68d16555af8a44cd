"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "../ui/form/SubmitButton";
import { TextField } from "../ui/form/TextField";
import { FLOW_NAME_MAX_LENGTH } from "./flowSchemas";
import { renameFlowAction, type RenameFlowState } from "./renameFlowAction";

export function RenameFlowForm({ flowId, name }: { flowId: string; name: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(renameFlowAction, { name, errors: [], saved: false } satisfies RenameFlowState);
  return (
    <form action={formAction} noValidate className="space-y-3" data-testid="rename-flow-form">
      <input type="hidden" name="flowId" value={flowId} />
      <TextField name="name" label={t("flow.renameLabel")} defaultValue={state.name} errors={state.errors.map((message) => t(message.key, message.params))} maxLength={FLOW_NAME_MAX_LENGTH} autoComplete="off" />
      <div className="flex items-center gap-3">
        <SubmitButton label={t("flow.renameSubmit")} pendingLabel={t("flowNew.pending")} variant="secondary" />
        {state.saved && <p role="status" className="text-sm text-emerald-700">{t("flow.renamed")}</p>}
      </div>
    </form>
  );
}
