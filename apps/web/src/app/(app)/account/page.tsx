import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/features/auth/requirePermission";
import { ChangePasswordForm } from "@/features/team/ChangePasswordForm";
import { Card } from "@/features/ui/card/Card";
import { CardContent } from "@/features/ui/card/CardContent";
import { CardHeader } from "@/features/ui/card/CardHeader";
import { CardTitle } from "@/features/ui/card/CardTitle";
import { PageHeader } from "@/features/ui/page-header/PageHeader";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("account.title") };
}

export default async function AccountPage() {
  const session = await requirePermission("account.manage");
  const t = await getTranslations("account");
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("subtitle", { email: session.email })} />
      <Card>
        <CardHeader><CardTitle>{t("changeTitle")}</CardTitle></CardHeader>
        <CardContent><ChangePasswordForm /></CardContent>
      </Card>
    </div>
  );
}
