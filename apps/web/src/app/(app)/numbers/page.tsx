import type { Metadata } from "next";
import { PhoneCall } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { forTenant, getPrisma, listFlows, listTenantNumbers } from "@centrala/db";
import { requirePermission } from "@/features/auth/requirePermission";
import { serializeNumber } from "@/features/numbers/handleNumbers";
import { NumberTable } from "@/features/numbers/NumberTable";
import { PoolSearch } from "@/features/numbers/PoolSearch";
import { EmptyState } from "@/features/ui/empty-state/EmptyState";
import { PageHeader } from "@/features/ui/page-header/PageHeader";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("numbers.title") };
}

export default async function NumbersPage() {
  const session = await requirePermission("numbers.manage");
  const t = await getTranslations("numbers");
  const db = forTenant(getPrisma(), session.tenantId);
  const [numbers, flows] = await Promise.all([listTenantNumbers(db), listFlows(db)]);
  const published = flows.filter((flow) => flow.publishedVersion).map((flow) => ({ id: flow.id, name: flow.name }));
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("subtitle")} />
      {numbers.length === 0
        ? <EmptyState testId="numbers-empty" icon={PhoneCall} title={t("emptyTitle")} description={t("emptyBody")} />
        : <section aria-labelledby="numbers-yours" className="space-y-3"><h2 id="numbers-yours" className="text-base font-semibold text-slate-900">{t("yours")}</h2><NumberTable numbers={numbers.map(serializeNumber)} flows={published} /></section>}
      <PoolSearch />
    </div>
  );
}
