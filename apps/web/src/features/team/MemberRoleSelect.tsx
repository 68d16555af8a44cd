"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import type { Role } from "@centrala/db";
import { roles } from "../auth/permissions";
import { Select } from "../ui/select/Select";
import { SelectContent } from "../ui/select/SelectContent";
import { SelectItem } from "../ui/select/SelectItem";
import { SelectTrigger } from "../ui/select/SelectTrigger";
import { SelectValue } from "../ui/select/SelectValue";
import { requestWorkspaceApi } from "../workspace/requestWorkspaceApi";

export type TeamMember = { id: string; name: string; email: string; role: Role; joinedAt: string; isYou: boolean };

/** A member's role; choosing another changes it at once (the server keeps the last owner). */
export function MemberRoleSelect({ member }: { member: TeamMember }) {
  const t = useTranslations();
  const router = useRouter();
  const [role, setRole] = useState<Role>(member.role);
  const [busy, setBusy] = useState(false);

  const change = async (next: string) => {
    const before = role;
    setRole(next as Role);
    setBusy(true);
    const answer = await requestWorkspaceApi(`/api/team/members/${encodeURIComponent(member.id)}`, { method: "PATCH", body: { role: next }, offlineMessage: t("team.offline") });
    setBusy(false);
    if (!answer.ok) {
      setRole(before);
      toast.error(answer.message);
      return;
    }
    toast.success(t("team.roleChanged", { name: member.name, role: t(`roles.${next as Role}`) }));
    router.refresh();
  };

  return (
    <Select value={role} onValueChange={change} disabled={busy}>
      <SelectTrigger aria-label={t("team.roleOf", { name: member.name })} className="w-44" data-testid={`role-${member.email}`}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {roles.map((option) => <SelectItem key={option} value={option}>{t(`roles.${option}`)}</SelectItem>)}
      </SelectContent>
    </Select>
  );
}
