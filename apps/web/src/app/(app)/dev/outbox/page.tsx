import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPrisma } from "@centrala/db";
import { getEnv } from "@/env";
import { requirePermission } from "@/features/auth/requirePermission";
import { handleListOutbox } from "@/features/team/handleOutbox";
import { OutboxList, type OutboxMessage } from "@/features/team/OutboxList";
import { PageHeader } from "@/features/ui/page-header/PageHeader";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("outbox.title") };
}

// The e-mails that stay on this machine while no SMTP server is set (the same rule as the API):
// lets invitations and password resets be followed offline.
export default async function OutboxPage() {
  const session = await requirePermission("people.manage");
  const smtpConfigured = Boolean(getEnv().SMTP_URL);
  if (smtpConfigured) notFound();
  const t = await getTranslations("outbox");
  const result = await handleListOutbox(getPrisma(), session, smtpConfigured);
  const { messages } = result.body as { messages: OutboxMessage[] };
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("subtitle")} />
      <OutboxList messages={messages} />
    </div>
  );
}
