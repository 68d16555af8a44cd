"use client";

import { useActionState } from "react";
import { useT } from "@/i18n/I18nProvider";
import { SubmitButton } from "../ui/SubmitButton";
import { TextField } from "../ui/TextField";
import { FLOW_NAME_MAX_LENGTH } from "./flowSchemas";
import { renameFlowAction, type RenameFlowState } from "./renameFlowAction";

export function RenameFlowForm({ flowId, name }: { flowId: string; name: string }) {
  const t = useT();
  const [state, formAction] = useActionState(renameFlowAction, { name, errors: [], saved: false } satisfies RenameFlowState);
  return (
    <form action={formAction} noValidate className="space-y-3" data-testid="rename-flow-form">
      <input type="hidden" name="flowId" value={flowId} />
      <TextField name="name" label={t("flow.renameLabel")} defaultValue={state.name} errors={state.errors.map(t.message)} maxLength={FLOW_NAME_MAX_LENGTH} autoComplete="off" />
      <div className="flex items-center gap-3">
        <SubmitButton label={t("flow.renameSubmit")} pendingLabel={t("flowNew.pending")} look="secondary" />
        {state.saved && <p role="status" className="text-sm text-emerald-700">{t("flow.renamed")}</p>}
      </div>
    </form>
  );
}
