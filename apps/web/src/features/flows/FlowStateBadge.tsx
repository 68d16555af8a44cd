import type { Translator } from "@/i18n/createTranslator";

/** "Draft" or "Published, version N", as a small pill. */
export function FlowStateBadge({ t, publishedVersion }: { t: Translator; publishedVersion: number | null }) {
  if (publishedVersion === null) {
    return (
      <span data-testid="flow-state" className="inline-flex items-center gap-1.5 rounded-full bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200 ring-inset">
        <span aria-hidden="true" className="size-1.5 rounded-full bg-amber-500" />
        {t("flows.stateDraft")}
      </span>
    );
  }
  return (
    <span data-testid="flow-state" className="inline-flex items-center gap-1.5 rounded-full bg-emerald-50 px-2.5 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200 ring-inset">
      <span aria-hidden="true" className="size-1.5 rounded-full bg-emerald-500" />
      {t("flows.statePublished", { version: publishedVersion })}
    </span>
  );
}
