import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "../ui/card/Card";
import { CardContent } from "../ui/card/CardContent";
import { CardHeader } from "../ui/card/CardHeader";
import { CardTitle } from "../ui/card/CardTitle";

type FlowStatus = {
  draftUpdatedAt: Date;
  publishedVersion: { number: number; publishedAt: Date } | null;
  numbers: { id: string; e164: string }[];
};

/** Whether callers hear this flow (published or draft) and which numbers lead to it. */
export async function FlowStatusPanel({ flow }: { flow: FlowStatus }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const published = flow.publishedVersion;
  const hasUnpublishedChanges = published !== null && flow.draftUpdatedAt > published.publishedAt;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card aria-labelledby="flow-state-title">
        <CardHeader><CardTitle id="flow-state-title" className="text-sm">{t("flow.state")}</CardTitle></CardHeader>
        <CardContent className="space-y-2 pt-3 text-sm leading-6 text-slate-700" data-testid="flow-state-detail">
          <p>
            {published
              ? t("flow.publishedSince", { version: published.number, date: format.dateTime(published.publishedAt, "dateTime") })
              : t("flow.draftOnly")}
          </p>
          {hasUnpublishedChanges && <p className="text-amber-800">{t("flow.unpublishedChanges")}</p>}
          <p className="text-slate-600">{t("flow.draftSaved", { date: format.dateTime(flow.draftUpdatedAt, "dateTime") })}</p>
        </CardContent>
      </Card>
      <Card aria-labelledby="flow-numbers-title">
        <CardHeader><CardTitle id="flow-numbers-title" className="text-sm">{t("flow.numbers")}</CardTitle></CardHeader>
        <CardContent className="pt-3">
          {flow.numbers.length > 0 ? (
            <ul className="space-y-1.5" data-testid="flow-numbers">
              {flow.numbers.map((number) => (
                <li key={number.id} className="font-mono text-sm text-slate-800">{number.e164}</li>
              ))}
            </ul>
          ) : (
            <p className="text-sm leading-6 text-slate-600" data-testid="flow-numbers-none">{t("flow.noNumbers")}</p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
