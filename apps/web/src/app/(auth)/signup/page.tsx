import type { Metadata } from "next";
import { AuthCard } from "@/features/auth/AuthCard";
import { SignUpForm } from "@/features/auth/SignUpForm";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("signup.submit") };
}

export default async function SignUpPage() {
  const t = await getTranslations();
  return (
    <AuthCard title={t("signup.title")} subtitle={t("signup.subtitle")}>
      <SignUpForm />
    </AuthCard>
  );
}
