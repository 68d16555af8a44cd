"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { sendApiRequest, type ApiFailure } from "../api/sendApiRequest";
import { ConfirmDestroyDialog } from "../ui/alert-dialog/ConfirmDestroyDialog";
import { Button } from "../ui/button/Button";
import { InUseNotice } from "../workspace/InUseNotice";

/** Deletes a queue after asking; a live flow's use of it is shown instead (the API refuses). */
export function DeleteQueueButton({ queueId, name }: { queueId: string; name: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [refusal, setRefusal] = useState<ApiFailure | null>(null);
  async function remove() {
    const outcome = await sendApiRequest(`/api/queues/${queueId}`, "DELETE");
    if (!outcome.ok) {
      setRefusal({ ...outcome.error, message: outcome.error.message || t("phoneSystem.networkError") });
      return;
    }
    toast.success(t("queues.deleted", { name }));
    router.push("/queues");
    router.refresh();
  }
  return (
    <div className="space-y-3">
      <ConfirmDestroyDialog
        trigger={<Button variant="destructiveOutline" data-testid="delete-queue"><Trash2 aria-hidden="true" />{t("queues.delete")}</Button>}
        title={t("queues.deleteTitle", { name })}
        description={t("queues.deleteBody")}
        confirmLabel={t("queues.deleteYes")}
        cancelLabel={t("phoneSystem.cancel")}
        onConfirm={() => void remove()}
        testId="confirm-delete-queue"
      />
      {refusal && <InUseNotice error={refusal} />}
    </div>
  );
}
