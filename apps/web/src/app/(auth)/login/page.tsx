import type { Metadata } from "next";
import { AuthCard } from "@/features/auth/AuthCard";
import { SignInForm } from "@/features/auth/SignInForm";
import { getT } from "@/i18n/getLocale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signin.submit") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const t = await getT();
  const { callbackUrl } = await searchParams;
  return (
    <AuthCard title={t("signin.title")} subtitle={t("signin.subtitle")}>
      <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : ""} />
    </AuthCard>
  );
}
