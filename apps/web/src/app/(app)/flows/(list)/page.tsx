import type { Metadata } from "next";
import Link from "next/link";
import { Plus, Search } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { forTenant, getPrisma, listFlows } from "@centrala/db";
import { can } from "@/features/auth/permissions";
import { requirePermission } from "@/features/auth/requirePermission";
import { EmptyFlows } from "@/features/flows/EmptyFlows";
import { FlowTable } from "@/features/flows/FlowTable";
import { GettingStartedCard } from "@/features/getting-started/GettingStartedCard";
import { serializeFlowSummary } from "@/features/flows/serializeFlow";
import { Button } from "@/features/ui/button/Button";
import { Input } from "@/features/ui/input/Input";
import { PageHeader } from "@/features/ui/page-header/PageHeader";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("flows.title") };
}

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function FlowsPage({ searchParams }: Props) {
  const session = await requirePermission("flows.view");
  const t = await getTranslations();
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? "";
  const db = forTenant(getPrisma(), session.tenantId);
  const [flows, anyFlow] = await Promise.all([listFlows(db, query || undefined), query ? listFlows(db) : null]);
  const hasFlows = query ? (anyFlow?.length ?? 0) > 0 : flows.length > 0;
  const canEdit = can(session.role, "flows.edit");
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("flows.title")}
        description={t("flows.subtitle")}
        actions={hasFlows && canEdit && <Button asChild data-testid="new-flow"><Link href="/flows/new"><Plus aria-hidden="true" />{t("flows.new")}</Link></Button>}
      />
      <GettingStartedCard session={session} />
      {hasFlows && (
        <form role="search" action="/flows" className="flex max-w-md gap-2">
          <label htmlFor="flow-search" className="sr-only">{t("flows.search")}</label>
          <Input id="flow-search" name="q" type="search" defaultValue={query} placeholder={t("flows.search")} data-testid="flow-search" />
          <Button type="submit" variant="secondary"><Search aria-hidden="true" />{t("flows.searchButton")}</Button>
        </form>
      )}
      {!hasFlows ? (
        <EmptyFlows canEdit={canEdit} />
      ) : flows.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="flows-no-match">{t("flows.noMatch", { query })}</p>
      ) : (
        <FlowTable flows={flows.map(serializeFlowSummary)} canEdit={canEdit} />
      )}
    </div>
  );
}
