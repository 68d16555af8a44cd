"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ConfirmDestroyDialog } from "../ui/alert-dialog/ConfirmDestroyDialog";
import { Button } from "../ui/button/Button";
import { FormMessage } from "../ui/form/FormMessage";
import { requestWorkspaceApi } from "../workspace/requestWorkspaceApi";
import type { TeamMember } from "./MemberRoleSelect";

/** Removes someone after asking; the server's refusal (the last owner) is shown under the table. */
export function RemoveMemberButton({ member, onRefused }: { member: TeamMember; onRefused: (message: string) => void }) {
  const t = useTranslations("team");
  const router = useRouter();
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    setBusy(true);
    const answer = await requestWorkspaceApi(`/api/team/members/${encodeURIComponent(member.id)}`, { method: "DELETE", offlineMessage: t("offline") });
    setBusy(false);
    if (!answer.ok) {
      onRefused(answer.message);
      return;
    }
    toast.success(t("removed", { name: member.name }));
    router.refresh();
  };

  return (
    <ConfirmDestroyDialog
      testId="remove-member-dialog"
      trigger={<Button variant="destructiveOutline" size="sm" disabled={busy} aria-label={t("removeMember", { name: member.name })} data-testid={`remove-${member.email}`}>{t("remove")}</Button>}
      title={t("removeTitle", { name: member.name })}
      description={t("removeBody", { name: member.name })}
      confirmLabel={t("removeConfirm")}
      cancelLabel={t("cancel")}
      onConfirm={remove}
    />
  );
}

/** The refusal of the last change to the team, in the server's words. */
export function TeamRefusal({ message }: { message: string | null }) {
  return message ? <FormMessage tone="error" testId="team-error">{message}</FormMessage> : null;
}
