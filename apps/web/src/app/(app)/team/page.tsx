import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forTenant, getPrisma, listMembers } from "@centrala/db";
import { getEnv } from "@/env";
import { requirePermission } from "@/features/auth/requirePermission";
import { InviteForm } from "@/features/team/InviteForm";
import { MemberTable } from "@/features/team/MemberTable";
import { PendingInvites } from "@/features/team/PendingInvites";
import { Card } from "@/features/ui/card/Card";
import { CardContent } from "@/features/ui/card/CardContent";
import { CardDescription } from "@/features/ui/card/CardDescription";
import { CardHeader } from "@/features/ui/card/CardHeader";
import { CardTitle } from "@/features/ui/card/CardTitle";
import { PageHeader } from "@/features/ui/page-header/PageHeader";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("team.title") };
}

export default async function TeamPage() {
  const session = await requirePermission("people.manage");
  const t = await getTranslations("team");
  const { members, invites } = await listMembers(forTenant(getPrisma(), session.tenantId));
  const outboxOn = !getEnv().SMTP_URL;
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("subtitle")} />
      <section aria-labelledby="team-members" className="space-y-3">
        <h2 id="team-members" className="text-base font-semibold text-slate-900">{t("members")}</h2>
        <MemberTable members={members.map((m) => ({ id: m.id, name: m.name, email: m.email, role: m.role, joinedAt: m.joinedAt.toISOString(), isYou: m.userId === session.userId }))} />
      </section>
      <Card>
        <CardHeader>
          <CardTitle>{t("inviteTitle")}</CardTitle>
          <CardDescription>{t("inviteBody")}</CardDescription>
        </CardHeader>
        <CardContent><InviteForm /></CardContent>
      </Card>
      <section aria-labelledby="team-invites" className="space-y-3">
        <h2 id="team-invites" className="text-base font-semibold text-slate-900">{t("pendingTitle")}</h2>
        <PendingInvites invites={invites.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString() }))} />
        {outboxOn && (
          <p className="text-sm text-slate-600">
            {t("outboxHint")}{" "}
            <Link href="/dev/outbox" className="font-semibold text-teal-800 underline underline-offset-2" data-testid="outbox-link">{t("outboxLink")}</Link>
          </p>
        )}
      </section>
    </div>
  );
}
