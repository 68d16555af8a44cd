import type { Metadata } from "next";
import { AuthCard } from "@/features/auth/AuthCard";
import { SignUpForm } from "@/features/auth/SignUpForm";
import { getT } from "@/i18n/getLocale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signup.submit") };
}

export default async function SignUpPage() {
  const t = await getT();
  return (
    <AuthCard title={t("signup.title")} subtitle={t("signup.subtitle")}>
      <SignUpForm />
    </AuthCard>
  );
}
