"use client";

import { KeyRound } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { sendApiRequest } from "../api/sendApiRequest";
import { ConfirmDestroyDialog } from "../ui/alert-dialog/ConfirmDestroyDialog";
import { Button } from "../ui/button/Button";
import { Dialog } from "../ui/dialog/Dialog";
import { DialogContent } from "../ui/dialog/DialogContent";
import { DialogDescription } from "../ui/dialog/DialogDescription";
import { DialogHeader } from "../ui/dialog/DialogHeader";
import { DialogTitle } from "../ui/dialog/DialogTitle";
import { ExtensionForm, type MemberOption } from "./ExtensionForm";
import type { ExtensionView, SipCredentials } from "./handleExtensions";

type EditExtensionDialogProps = {
  editing: ExtensionView | "new" | null;
  members: MemberOption[];
  onSaved: (extension: ExtensionView, sip?: SipCredentials) => void;
  onClose: () => void;
  onCredentials: (sip: SipCredentials) => void;
};

/** The add/edit dialog; editing also offers new SIP credentials (after asking). */
export function EditExtensionDialog({ editing, members, onSaved, onClose, onCredentials }: EditExtensionDialogProps) {
  const t = useTranslations();
  const format = useFormatter();
  const extension = editing === "new" ? undefined : editing ?? undefined;

  async function resetCredentials(target: ExtensionView) {
    const outcome = await sendApiRequest<{ sip: SipCredentials }>(`/api/extensions/${target.id}/credentials`, "POST");
    if (!outcome.ok) {
      toast.error(outcome.error.message || t("phoneSystem.networkError"));
      return;
    }
    onClose();
    onCredentials(outcome.data.sip);
  }

  return (
    <Dialog open={editing !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent closeLabel={t("phoneSystem.close")} data-testid="extension-dialog">
        <DialogHeader>
          <DialogTitle>{extension ? t("extensions.editTitle", { number: extension.number }) : t("extensions.addTitle")}</DialogTitle>
          <DialogDescription>{t("extensions.formIntro")}</DialogDescription>
        </DialogHeader>
        {editing !== null && <ExtensionForm key={extension?.id ?? "new"} extension={extension} members={members} onSaved={onSaved} onCancel={onClose} />}
        {extension && (
          <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 pt-4 text-sm text-slate-600">
            <span>{extension.credentialsSetAt ? t("extensions.credentialsSetAt", { when: format.dateTime(new Date(extension.credentialsSetAt), "dateTime") }) : null}</span>
            <ConfirmDestroyDialog
              trigger={<Button variant="destructiveOutline" size="sm" data-testid="reset-credentials"><KeyRound aria-hidden="true" />{t("extensions.resetCredentials")}</Button>}
              title={t("extensions.resetTitle", { number: extension.number })}
              description={t("extensions.resetBody")}
              confirmLabel={t("extensions.resetYes")}
              cancelLabel={t("phoneSystem.cancel")}
              onConfirm={() => void resetCredentials(extension)}
              testId="confirm-reset-credentials"
            />
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
