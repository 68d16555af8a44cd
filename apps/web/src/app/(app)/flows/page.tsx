import type { Metadata } from "next";
import Link from "next/link";
import { forTenant, getPrisma, listFlows } from "@centrala/db";
import { requireSession } from "@/features/auth/requireSession";
import { EmptyFlows } from "@/features/flows/EmptyFlows";
import { FlowTable } from "@/features/flows/FlowTable";
import { serializeFlowSummary } from "@/features/flows/serializeFlow";
import { getCurrentTenant } from "@/features/tenant/getCurrentTenant";
import { buttonClass } from "@/features/ui/buttonClass";
import { getT } from "@/i18n/getLocale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("flows.title") };
}

export default async function FlowsPage() {
  const session = await requireSession();
  const t = await getT();
  const [flows, tenant] = await Promise.all([listFlows(forTenant(getPrisma(), session.tenantId)), getCurrentTenant(session.tenantId)]);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="page-title">{t("flows.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("flows.subtitle")}</p>
        </div>
        {flows.length > 0 && <Link href="/flows/new" className={buttonClass.primary} data-testid="new-flow">{t("flows.new")}</Link>}
      </div>
      {flows.length === 0 ? (
        <EmptyFlows t={t} />
      ) : (
        <FlowTable flows={flows.map(serializeFlowSummary)} t={t} timeZone={tenant?.timezone ?? "Europe/Warsaw"} />
      )}
    </div>
  );
}
