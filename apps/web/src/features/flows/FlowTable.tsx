import Link from "next/link";
import { Copy } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "../ui/button/Button";
import { Table } from "../ui/table/Table";
import { TableBody } from "../ui/table/TableBody";
import { TableCell } from "../ui/table/TableCell";
import { TableHead } from "../ui/table/TableHead";
import { TableHeader } from "../ui/table/TableHeader";
import { TableRow } from "../ui/table/TableRow";
import { FlowStateBadge } from "./FlowStateBadge";
import { duplicateFlowAction } from "./duplicateFlowAction";
import type { FlowSummary } from "./serializeFlow";

/** The tenant's flows as a table: name (link), state, numbers, last change, and a copy action. */
export async function FlowTable({ flows, canEdit }: { flows: FlowSummary[]; canEdit: boolean }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <Table data-testid="flow-table">
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead>{t("flows.colName")}</TableHead>
          <TableHead>{t("flows.colState")}</TableHead>
          <TableHead className="hidden sm:table-cell">{t("flows.colNumbers")}</TableHead>
          <TableHead className="hidden text-right md:table-cell">{t("flows.colUpdated")}</TableHead>
          {canEdit && <TableHead><span className="sr-only">{t("flows.duplicate")}</span></TableHead>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {flows.map((flow) => (
          <TableRow key={flow.id}>
            <TableCell>
              <Link href={`/flows/${flow.id}`} className="rounded font-medium text-slate-900 hover:text-teal-800 hover:underline" data-testid="flow-link">
                {flow.name}
              </Link>
            </TableCell>
            <TableCell><FlowStateBadge publishedVersion={flow.publishedVersion?.number ?? null} /></TableCell>
            <TableCell className="hidden text-slate-700 sm:table-cell">
              {flow.numbers.length > 0 ? <span className="font-mono text-xs">{flow.numbers.join(", ")}</span> : <span className="text-slate-600">{t("flows.noNumbers")}</span>}
            </TableCell>
            <TableCell className="hidden text-right whitespace-nowrap text-slate-600 md:table-cell">{format.dateTime(new Date(flow.updatedAt), "dateTime")}</TableCell>
            {canEdit && (
              <TableCell className="text-right">
                <form action={duplicateFlowAction}>
                  <input type="hidden" name="flowId" value={flow.id} />
                  <Button type="submit" variant="ghost" size="sm" data-testid="duplicate-flow" aria-label={`${t("flows.duplicate")}: ${flow.name}`}>
                    <Copy aria-hidden="true" />
                    {t("flows.duplicate")}
                  </Button>
                </form>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
