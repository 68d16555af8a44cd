import Link from "next/link";
import type { Translator } from "@/i18n/createTranslator";
import { formatDateTime } from "./formatDateTime";
import { FlowStateBadge } from "./FlowStateBadge";
import type { FlowSummary } from "./serializeFlow";

/** The tenant's flows as a table: name (link), state, numbers, last change. */
export function FlowTable({ flows, t, timeZone }: { flows: FlowSummary[]; t: Translator; timeZone: string }) {
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm" data-testid="flow-table">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-5 py-3">{t("flows.colName")}</th>
            <th scope="col" className="px-5 py-3">{t("flows.colState")}</th>
            <th scope="col" className="px-5 py-3">{t("flows.colNumbers")}</th>
            <th scope="col" className="px-5 py-3 text-right">{t("flows.colUpdated")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {flows.map((flow) => (
            <tr key={flow.id} className="hover:bg-slate-50">
              <td className="px-5 py-3.5">
                <Link href={`/flows/${flow.id}`} className="rounded font-medium text-slate-900 hover:text-teal-800 hover:underline" data-testid="flow-link">
                  {flow.name}
                </Link>
              </td>
              <td className="px-5 py-3.5"><FlowStateBadge t={t} publishedVersion={flow.publishedVersion?.number ?? null} /></td>
              <td className="px-5 py-3.5 text-slate-700">
                {flow.numbers.length > 0 ? <span className="font-mono text-xs">{flow.numbers.join(", ")}</span> : <span className="text-slate-400">{t("flows.noNumbers")}</span>}
              </td>
              <td className="px-5 py-3.5 text-right whitespace-nowrap text-slate-500">{formatDateTime(flow.updatedAt, t.locale, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
