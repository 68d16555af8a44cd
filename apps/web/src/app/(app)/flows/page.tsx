import type { Metadata } from "next";
import Link from "next/link";
import { forTenant, getPrisma, listFlows } from "@centrala/db";
import { requireSession } from "@/features/auth/requireSession";
import { EmptyFlows } from "@/features/flows/EmptyFlows";
import { FlowTable } from "@/features/flows/FlowTable";
import { canEditFlows } from "@/features/flows/canEditFlows";
import { serializeFlowSummary } from "@/features/flows/serializeFlow";
import { getCurrentTenant } from "@/features/tenant/getCurrentTenant";
import { buttonClass } from "@/features/ui/buttonClass";
import { getT } from "@/i18n/getLocale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("flows.title") };
}

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function FlowsPage({ searchParams }: Props) {
  const session = await requireSession();
  const t = await getT();
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? "";
  const db = forTenant(getPrisma(), session.tenantId);
  const [flows, anyFlow, tenant] = await Promise.all([listFlows(db, query || undefined), query ? listFlows(db) : null, getCurrentTenant(session.tenantId)]);
  const hasFlows = query ? (anyFlow?.length ?? 0) > 0 : flows.length > 0;
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="page-title">{t("flows.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("flows.subtitle")}</p>
        </div>
        {hasFlows && <Link href="/flows/new" className={buttonClass.primary} data-testid="new-flow">{t("flows.new")}</Link>}
      </div>
      {hasFlows && (
        <form role="search" action="/flows" className="flex max-w-md gap-2">
          <label htmlFor="flow-search" className="sr-only">{t("flows.search")}</label>
          <input id="flow-search" name="q" type="search" defaultValue={query} placeholder={t("flows.search")} data-testid="flow-search"
            className="w-full rounded-lg border border-slate-300 px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-teal-700" />
          <button type="submit" className={buttonClass.secondary}>{t("flows.searchButton")}</button>
        </form>
      )}
      {!hasFlows ? (
        <EmptyFlows t={t} />
      ) : flows.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="flows-no-match">{t("flows.noMatch", { query })}</p>
      ) : (
        <FlowTable flows={flows.map(serializeFlowSummary)} t={t} timeZone={tenant?.timezone ?? "Europe/Warsaw"} canEdit={canEditFlows(session.role)} />
      )}
    </div>
  );
}
