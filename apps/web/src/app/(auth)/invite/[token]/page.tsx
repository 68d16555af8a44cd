import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getPrisma, type Role } from "@centrala/db";
import { AuthCard } from "@/features/auth/AuthCard";
import { AcceptInviteForm } from "@/features/team/AcceptInviteForm";
import { handleDescribeInvite } from "@/features/team/handleInvitations";
import { FormMessage } from "@/features/ui/form/FormMessage";
import { isLocale } from "@/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("invite.submit") };
}

type InviteAnswer = { invite?: { email: string; role: Role; organisation: string; hasAccount: boolean }; error?: { message: string } };

// Opened from the invitation e-mail, signed in or not: says where the link leads, or why it no
// longer works (expired, used, revoked, mistyped).
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t, locale] = await Promise.all([params, getTranslations(), getLocale()]);
  const answer = (await handleDescribeInvite(getPrisma(), token, isLocale(locale) ? locale : "en")).body as InviteAnswer;
  if (!answer.invite) {
    return (
      <AuthCard title={t("invite.brokenTitle")} subtitle={t("invite.askAgain")}>
        <FormMessage tone="error" testId="invite-broken">{answer.error?.message ?? t("invite.brokenTitle")}</FormMessage>
        <p className="mt-5 text-center text-sm"><Link href="/login" className="font-semibold text-teal-800 underline underline-offset-2">{t("invite.toSignIn")}</Link></p>
      </AuthCard>
    );
  }
  const { invite } = answer;
  const role = t(`roles.${invite.role}`);
  return (
    <AuthCard
      title={t("invite.title", { organisation: invite.organisation })}
      subtitle={invite.hasAccount ? t("invite.subtitleExisting", { role, email: invite.email }) : t("invite.subtitle", { role, email: invite.email })}
    >
      <AcceptInviteForm token={token} email={invite.email} hasAccount={invite.hasAccount} />
    </AuthCard>
  );
}
