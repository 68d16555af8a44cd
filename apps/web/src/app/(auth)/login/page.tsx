import type { Metadata } from "next";
import { AuthCard } from "@/features/auth/AuthCard";
import { SignInForm } from "@/features/auth/SignInForm";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("signin.submit") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const t = await getTranslations();
  const { callbackUrl } = await searchParams;
  return (
    <AuthCard title={t("signin.title")} subtitle={t("signin.subtitle")}>
      <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : ""} />
    </AuthCard>
  );
}
