"use client";

import { useState } from "react";
import { useT } from "@/i18n/I18nProvider";
import { buttonClass } from "../ui/buttonClass";
import { SubmitButton } from "../ui/SubmitButton";
import { deleteFlowAction } from "./deleteFlowAction";

/** Delete with a second, explicit confirmation: deleting cannot be undone. */
export function DeleteFlowButton({ flowId, name, hasNumbers }: { flowId: string; name: string; hasNumbers: boolean }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className={buttonClass.dangerOutline} data-testid="delete-flow">
        {t("flow.delete")}
      </button>
    );
  }
  return (
    <form action={deleteFlowAction} className="max-w-xl space-y-3 rounded-lg border border-red-200 bg-red-50 p-4" data-testid="delete-flow-confirm">
      <input type="hidden" name="flowId" value={flowId} />
      <p className="text-sm font-medium text-red-900">{t("flow.deleteConfirm", { name })}</p>
      {hasNumbers && <p className="text-sm text-red-800">{t("flow.deleteRoutedWarning")}</p>}
      <div className="flex gap-3">
        <SubmitButton label={t("flow.deleteYes")} pendingLabel={t("flow.deleteYes")} look="danger" testId="delete-flow-yes" />
        <button type="button" onClick={() => setConfirming(false)} className={buttonClass.secondary} autoFocus>{t("flow.deleteNo")}</button>
      </div>
    </form>
  );
}
