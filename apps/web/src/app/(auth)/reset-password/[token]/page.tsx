import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/features/auth/AuthCard";
import { ResetPasswordForm } from "@/features/team/ResetPasswordForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("passwordReset.resetTitle") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t] = await Promise.all([params, getTranslations("passwordReset")]);
  return (
    <AuthCard title={t("resetTitle")} subtitle={t("resetSubtitle")}>
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
