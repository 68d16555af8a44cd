import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/features/auth/AuthCard";
import { RequestResetForm } from "@/features/team/RequestResetForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("passwordReset.requestTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("passwordReset");
  return (
    <AuthCard title={t("requestTitle")} subtitle={t("requestSubtitle")}>
      <RequestResetForm />
    </AuthCard>
  );
}
