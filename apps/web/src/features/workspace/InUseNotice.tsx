"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ApiFailure } from "../api/sendApiRequest";

/** Why something could not be deleted: the server's sentence and the flows and queues that use it, as links. */
export function InUseNotice({ error }: { error: ApiFailure }) {
  const t = useTranslations("phoneSystem");
  const flows = error.flows ?? [];
  const queues = error.queues ?? [];
  return (
    <div role="alert" data-testid="in-use-notice" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-semibold">{t("inUseTitle")}</p>
      <p>{error.message}</p>
      {flows.length > 0 && (
        <div>
          <p>{t("inUseFlows")}</p>
          <ul className="ml-5 list-disc">
            {flows.map((flow) => <li key={flow.id}><Link className="underline" href={`/flows/${flow.id}`}>{flow.name}</Link></li>)}
          </ul>
        </div>
      )}
      {queues.length > 0 && (
        <div>
          <p>{t("inUseQueues")}</p>
          <ul className="ml-5 list-disc">
            {queues.map((queue) => <li key={queue.id}><Link className="underline" href={`/queues/${queue.id}`}>{queue.name}</Link></li>)}
          </ul>
        </div>
      )}
      <p>{t("inUseHint")}</p>
    </div>
  );
}
