"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import type { Role } from "@centrala/db";
import { roles } from "../auth/permissions";
import { Button } from "../ui/button/Button";
import { FormMessage } from "../ui/form/FormMessage";
import { Input } from "../ui/input/Input";
import { Label } from "../ui/label/Label";
import { Select } from "../ui/select/Select";
import { SelectContent } from "../ui/select/SelectContent";
import { SelectItem } from "../ui/select/SelectItem";
import { SelectTrigger } from "../ui/select/SelectTrigger";
import { SelectValue } from "../ui/select/SelectValue";
import { requestWorkspaceApi } from "../workspace/requestWorkspaceApi";

/** Invite someone by e-mail with a role; the link goes out by e-mail (or to the dev outbox). */
export function InviteForm() {
  const t = useTranslations();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("agent");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const answer = await requestWorkspaceApi("/api/team/invites", { method: "POST", body: { email, role }, offlineMessage: t("team.offline") });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.message);
      return;
    }
    toast.success(t("team.invited", { email }));
    setEmail("");
    router.refresh();
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="invite-form">
      {error && <FormMessage tone="error" testId="invite-error">{error}</FormMessage>}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1 space-y-1.5">
          <Label htmlFor="invite-email">{t("team.inviteEmail")}</Label>
          <Input id="invite-email" type="email" autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} aria-invalid={Boolean(error) || undefined} />
        </div>
        <div className="space-y-1.5">
          <Label id="invite-role-label" htmlFor="invite-role">{t("team.inviteRole")}</Label>
          <Select value={role} onValueChange={(value) => setRole(value as Role)}>
            <SelectTrigger id="invite-role" className="w-44" data-testid="invite-role"><SelectValue /></SelectTrigger>
            <SelectContent>
              {roles.map((option) => <SelectItem key={option} value={option}>{t(`roles.${option}`)}</SelectItem>)}
            </SelectContent>
          </Select>
        </div>
        <Button type="submit" disabled={busy} data-testid="invite-submit">{busy ? t("team.inviting") : t("team.inviteSubmit")}</Button>
      </div>
    </form>
  );
}
