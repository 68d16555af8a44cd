import type { Translator } from "@/i18n/createTranslator";
import { formatDateTime } from "./formatDateTime";

type FlowStatus = {
  draftUpdatedAt: Date;
  publishedVersion: { number: number; publishedAt: Date } | null;
  numbers: { id: string; e164: string }[];
};

/** Whether callers hear this flow (published or draft) and which numbers lead to it. */
export function FlowStatusPanel({ flow, t, timeZone }: { flow: FlowStatus; t: Translator; timeZone: string }) {
  const published = flow.publishedVersion;
  const hasUnpublishedChanges = published !== null && flow.draftUpdatedAt > published.publishedAt;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="flow-state-title" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="flow-state-title" className="text-sm font-semibold text-slate-900">{t("flow.state")}</h2>
        <div className="mt-3 space-y-2 text-sm leading-6 text-slate-700" data-testid="flow-state-detail">
          <p>
            {published
              ? t("flow.publishedSince", { version: published.number, date: formatDateTime(published.publishedAt, t.locale, timeZone) })
              : t("flow.draftOnly")}
          </p>
          {hasUnpublishedChanges && <p className="text-amber-800">{t("flow.unpublishedChanges")}</p>}
          <p className="text-slate-500">{t("flow.draftSaved", { date: formatDateTime(flow.draftUpdatedAt, t.locale, timeZone) })}</p>
        </div>
      </section>
      <section aria-labelledby="flow-numbers-title" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="flow-numbers-title" className="text-sm font-semibold text-slate-900">{t("flow.numbers")}</h2>
        {flow.numbers.length > 0 ? (
          <ul className="mt-3 space-y-1.5" data-testid="flow-numbers">
            {flow.numbers.map((number) => (
              <li key={number.id} className="font-mono text-sm text-slate-800">{number.e164}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-sm leading-6 text-slate-500" data-testid="flow-numbers-none">{t("flow.noNumbers")}</p>
        )}
      </section>
    </div>
  );
}
