"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ConfirmDestroyDialog } from "../ui/alert-dialog/ConfirmDestroyDialog";
import { Button } from "../ui/button/Button";
import { requestWorkspaceApi } from "../workspace/requestWorkspaceApi";
import type { SerializedNumber } from "./handleNumbers";

/** "Release +48 22 …?" — naming the flow that loses the number, if one answers it. */
export function ReleaseNumberButton({ number }: { number: SerializedNumber }) {
  const t = useTranslations("numbers");
  const router = useRouter();
  const [busy, setBusy] = useState(false);

  const release = async () => {
    setBusy(true);
    const answer = await requestWorkspaceApi(`/api/numbers/${encodeURIComponent(number.id)}`, { method: "DELETE", offlineMessage: t("offline") });
    setBusy(false);
    if (!answer.ok) {
      toast.error(answer.message);
      return;
    }
    toast.success(t("released", { number: number.formatted }));
    router.refresh();
  };

  return (
    <ConfirmDestroyDialog
      testId="release-dialog"
      trigger={<Button variant="destructiveOutline" size="sm" disabled={busy} aria-label={t("releaseNumber", { number: number.formatted })} data-testid={`release-${number.e164}`}>{t("release")}</Button>}
      title={t("releaseTitle", { number: number.formatted })}
      description={number.flow ? t("releaseRoutedBody", { flow: number.flow.name, number: number.formatted }) : t("releaseBody")}
      confirmLabel={t("releaseConfirm")}
      cancelLabel={t("cancel")}
      onConfirm={release}
    />
  );
}
