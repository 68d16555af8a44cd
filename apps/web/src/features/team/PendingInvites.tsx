"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import type { Role } from "@centrala/db";
import { ConfirmDestroyDialog } from "../ui/alert-dialog/ConfirmDestroyDialog";
import { Badge } from "../ui/badge/Badge";
import { Button } from "../ui/button/Button";
import { requestWorkspaceApi } from "../workspace/requestWorkspaceApi";

export type PendingInvite = { id: string; email: string; role: Role; expiresAt: string };

/** Invitations not yet accepted, each with when its link stops working and a revoke button. */
export function PendingInvites({ invites }: { invites: PendingInvite[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);

  const revoke = async (invite: PendingInvite) => {
    setBusy(invite.id);
    const answer = await requestWorkspaceApi(`/api/team/invites/${encodeURIComponent(invite.id)}`, { method: "DELETE", offlineMessage: t("team.offline") });
    setBusy(null);
    if (!answer.ok) {
      toast.error(answer.message);
      return;
    }
    toast.success(t("team.revoked", { email: invite.email }));
    router.refresh();
  };

  if (invites.length === 0) return <p className="text-sm text-slate-600" data-testid="invites-empty">{t("team.pendingEmpty")}</p>;
  return (
    <ul className="divide-y divide-border rounded-xl border border-border bg-card" data-testid="pending-invites">
      {invites.map((invite) => (
        <li key={invite.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3" data-testid="invite-row">
          <div className="min-w-0">
            <p className="truncate text-sm font-medium text-slate-900">{invite.email} <Badge>{t(`roles.${invite.role}`)}</Badge></p>
            <p className="text-xs text-slate-600">{t("team.expires", { date: format.dateTime(new Date(invite.expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}</p>
          </div>
          <ConfirmDestroyDialog
            testId="revoke-dialog"
            trigger={<Button variant="destructiveOutline" size="sm" disabled={busy === invite.id} aria-label={t("team.revokeInvite", { email: invite.email })} data-testid={`revoke-${invite.email}`}>{t("team.revoke")}</Button>}
            title={t("team.revokeTitle", { email: invite.email })}
            description={t("team.revokeBody")}
            confirmLabel={t("team.revokeConfirm")}
            cancelLabel={t("team.cancel")}
            onConfirm={() => revoke(invite)}
          />
        </li>
      ))}
    </ul>
  );
}
