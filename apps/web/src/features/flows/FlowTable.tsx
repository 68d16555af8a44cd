import Link from "next/link";
import type { Translator } from "@/i18n/createTranslator";
import { formatDateTime } from "./formatDateTime";
import { FlowStateBadge } from "./FlowStateBadge";
import { duplicateFlowAction } from "./duplicateFlowAction";
import type { FlowSummary } from "./serializeFlow";

/** The tenant's flows as a table: name (link), state, numbers, last change, and a copy action. */
export function FlowTable({ flows, t, timeZone, canEdit }: { flows: FlowSummary[]; t: Translator; timeZone: string; canEdit: boolean }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm" data-testid="flow-table">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-3 sm:px-5">{t("flows.colName")}</th>
            <th scope="col" className="px-3 py-3 sm:px-5">{t("flows.colState")}</th>
            <th scope="col" className="hidden px-3 py-3 sm:px-5 sm:table-cell">{t("flows.colNumbers")}</th>
            <th scope="col" className="hidden px-3 py-3 sm:px-5 text-right md:table-cell">{t("flows.colUpdated")}</th>
            {canEdit && <th scope="col" className="px-3 py-3 sm:px-5"><span className="sr-only">{t("flows.duplicate")}</span></th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {flows.map((flow) => (
            <tr key={flow.id} className="hover:bg-slate-50">
              <td className="px-3 py-3.5 sm:px-5">
                <Link href={`/flows/${flow.id}`} className="rounded font-medium text-slate-900 hover:text-teal-800 hover:underline" data-testid="flow-link">
                  {flow.name}
                </Link>
              </td>
              <td className="px-3 py-3.5 sm:px-5"><FlowStateBadge t={t} publishedVersion={flow.publishedVersion?.number ?? null} /></td>
              <td className="hidden px-3 py-3.5 sm:px-5 text-slate-700 sm:table-cell">
                {flow.numbers.length > 0 ? <span className="font-mono text-xs">{flow.numbers.join(", ")}</span> : <span className="text-slate-600">{t("flows.noNumbers")}</span>}
              </td>
              <td className="hidden px-3 py-3.5 sm:px-5 text-right whitespace-nowrap text-slate-600 md:table-cell">{formatDateTime(flow.updatedAt, t.locale, timeZone)}</td>
              {canEdit && (
                <td className="px-3 py-3.5 sm:px-5 text-right">
                  <form action={duplicateFlowAction}>
                    <input type="hidden" name="flowId" value={flow.id} />
                    <button type="submit" data-testid="duplicate-flow" aria-label={`${t("flows.duplicate")}: ${flow.name}`}
                      className="rounded px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-700">
                      {t("flows.duplicate")}
                    </button>
                  </form>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
