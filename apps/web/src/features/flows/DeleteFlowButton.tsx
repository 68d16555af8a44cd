"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { AlertDialog } from "../ui/alert-dialog/AlertDialog";
import { AlertDialogCancel } from "../ui/alert-dialog/AlertDialogCancel";
import { AlertDialogContent } from "../ui/alert-dialog/AlertDialogContent";
import { AlertDialogDescription } from "../ui/alert-dialog/AlertDialogDescription";
import { AlertDialogFooter } from "../ui/alert-dialog/AlertDialogFooter";
import { AlertDialogHeader } from "../ui/alert-dialog/AlertDialogHeader";
import { AlertDialogTitle } from "../ui/alert-dialog/AlertDialogTitle";
import { AlertDialogTrigger } from "../ui/alert-dialog/AlertDialogTrigger";
import { Button } from "../ui/button/Button";
import { SubmitButton } from "../ui/form/SubmitButton";
import { deleteFlowAction } from "./deleteFlowAction";

/** Delete with an explicit confirmation: deleting cannot be undone. */
export function DeleteFlowButton({ flowId, name, hasNumbers }: { flowId: string; name: string; hasNumbers: boolean }) {
  const t = useTranslations();
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="destructiveOutline" data-testid="delete-flow"><Trash2 aria-hidden="true" />{t("flow.delete")}</Button>
      </AlertDialogTrigger>
      <AlertDialogContent data-testid="delete-flow-confirm">
        <form action={deleteFlowAction} className="grid gap-4">
          <input type="hidden" name="flowId" value={flowId} />
          <AlertDialogHeader>
            <AlertDialogTitle>{t("flow.deleteConfirm", { name })}</AlertDialogTitle>
            <AlertDialogDescription>{hasNumbers ? t("flow.deleteRoutedWarning") : t("flow.deleteNoNumbers")}</AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>{t("flow.deleteNo")}</AlertDialogCancel>
            <SubmitButton label={t("flow.deleteYes")} pendingLabel={t("flow.deleteYes")} variant="destructive" testId="delete-flow-yes" />
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
