"use client";

import { useEditorT } from "../i18n/useEditorT";

/** What the side panel says when no step is selected: how to build a flow, in three lines. */
export function EmptyPanel() {
  const t = useEditorT();
  const tips = [t("help.drag"), t("help.connect"), t("help.select"), t("help.keys")];
  return (
    <section aria-labelledby="help-title" className="space-y-3 px-4 py-5">
      <h2 id="help-title" className="text-sm font-semibold text-slate-900">{t("help.title")}</h2>
      <ol className="list-decimal space-y-2 pl-4 text-sm leading-6 text-slate-600">
        {tips.map((tip) => <li key={tip}>{tip}</li>)}
      </ol>
    </section>
  );
}
