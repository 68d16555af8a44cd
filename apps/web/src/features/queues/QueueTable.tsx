"use client";

import { useMemo } from "react";
import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { DataTable } from "../ui/data-table/DataTable";
import type { DataTableFeatures } from "../ui/data-table/dataTableFeatures";
import type { QueueDraft } from "./queueFormTypes";

export type QueueRow = { id: string; name: string; strategy: QueueDraft["strategy"]; memberCount: number; maxWaitSeconds: number };

const column = createColumnHelper<DataTableFeatures, QueueRow>();

/** The tenant's queues: name (link to edit), strategy, number of agents, longest wait. */
export function QueueTable({ queues }: { queues: QueueRow[] }) {
  const t = useTranslations();
  const columns = useMemo(() => column.columns([
    column.accessor("name", { header: t("queues.colName"), sortFn: "text", cell: (info) => <Link href={`/queues/${info.row.original.id}`} className="font-medium text-slate-900 hover:text-teal-800 hover:underline" data-testid="queue-link">{info.getValue()}</Link> }),
    column.accessor((row) => t(`queues.strategyOption.${row.strategy}`), { id: "strategy", header: t("queues.colStrategy"), sortFn: "text" }),
    column.accessor("memberCount", { header: t("queues.colMembers"), sortFn: "basic", enableGlobalFilter: false, cell: (info) => t("queues.members", { count: info.getValue() }) }),
    column.accessor("maxWaitSeconds", { header: t("queues.colMaxWait"), sortFn: "basic", enableGlobalFilter: false, cell: (info) => t("phoneSystem.seconds", { count: info.getValue() }) }),
  ]), [t]);
  return <DataTable columns={columns} data={queues} getRowId={(row) => row.id} caption={t("queues.caption")} searchLabel={t("queues.search")} noMatchText={t("queues.noMatch")} testId="queue-table" />;
}
